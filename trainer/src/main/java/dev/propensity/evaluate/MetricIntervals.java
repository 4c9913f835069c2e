package dev.propensity.evaluate;

import dev.propensity.concurrent.SideTask;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How sure the held-out figures are. ROC AUC: DeLong's interval (exact placements, normal approximation).
 * PR AUC, top-decile lift, calibration error and the log loss gain over the base rate: a seeded percentile
 * bootstrap of the held-out leads (each resample draws as many leads as there are, with replacement; the 2.5th
 * and 97.5th percentiles of the resampled figures; resamples without a win or a loss are left out).
 *
 * @param rocAuc        ROC AUC, DeLong
 * @param prAuc         average precision, bootstrap
 * @param topDecileLift win rate of the top 10 % over the overall win rate, bootstrap
 * @param ece           expected calibration error (10 bins), bootstrap
 * @param logLoss       mean negative log-likelihood, bootstrap
 * @param brier         Brier score, bootstrap
 * @param logLossGain   base rate's log loss minus the model's (above 0: better than guessing the rate), bootstrap
 * @param resamples     bootstrap resamples drawn
 * @param seed          the bootstrap's seed: the same leads and seed give the same intervals
 */
public record MetricIntervals(Interval rocAuc, Interval prAuc, Interval topDecileLift, Interval ece,
                              Interval logLoss, Interval brier, Interval logLossGain, int resamples, long seed) {
    /** Resamples when the held-out set is small enough. */
    public static final int RESAMPLES = 1000;
    /** Fewer resamples above this many lead draws in all, never fewer than {@link #MIN_RESAMPLES}. */
    private static final long MAX_DRAWS = 50_000_000L;
    private static final int MIN_RESAMPLES = 200;

    /**
     * @param p        held-out probabilities
     * @param won      held-out outcomes
     * @param baseRate the training win rate, what a model that knows nothing predicts
     * @param seed     seeds the bootstrap
     */
    public static MetricIntervals of(double[] p, byte[] won, double baseRate, long seed) {
        int n = p.length;
        int resamples = n == 0 ? 0 : (int) Math.max(MIN_RESAMPLES, Math.min(RESAMPLES, MAX_DRAWS / n));
        return of(p, won, baseRate, seed, resamples);
    }

    /**
     * With a base-rate prediction per lead: pooled out-of-fold figures, where each lead's base rate is its
     * fold's training win rate.
     */
    public static MetricIntervals of(double[] p, byte[] won, double[] baseRates, long seed) {
        int n = p.length;
        int resamples = n == 0 ? 0 : (int) Math.max(MIN_RESAMPLES, Math.min(RESAMPLES, MAX_DRAWS / n));
        return of(p, won, baseRates, seed, resamples);
    }

    /** With a chosen number of resamples. */
    public static MetricIntervals of(double[] p, byte[] won, double baseRate, long seed, int resamples) {
        double[] base = new double[p.length];
        Arrays.fill(base, baseRate);
        return of(p, won, base, seed, resamples);
    }

    private static MetricIntervals of(double[] p, byte[] won, double[] baseRates, long seed, int resamples) {
        return of(p, won, baseRates, seed, resamples, SPLIT_FROM_LEADS);
    }

    /** @param splitFromLeads leads from which half of the resamples are figured on a second thread */
    static MetricIntervals of(double[] p, byte[] won, double[] baseRates, long seed, int resamples, int splitFromLeads) {
        RankedRows rows = new RankedRows(p, won, baseRates);
        int n = rows.size();
        String method = "bootstrap (percentile, " + resamples + " resamples, seed " + seed + ")";
        double[][] byResample = new double[6][resamples];
        boolean[] usable = new boolean[resamples];
        // On many leads the second half of the resamples is figured on another thread (the bootstrap took about
        // 2 s of a million-lead training run, on one core); each half gets the same draws as one after the other.
        int half = n >= splitFromLeads ? resamples / 2 : resamples;
        SideTask<Void> secondHalf = half < resamples ? SideTask.start("bootstrap", () -> {
            resample(new RankedRows(p, won, baseRates), seed, half, resamples, byResample, usable);
            return null;
        }) : null;
        resample(rows, seed, 0, half, byResample, usable);
        if (secondHalf != null) {
            secondHalf.join();
        }
        double[][] replicates = new double[6][resamples];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            if (usable[b]) {
                for (int f = 0; f < 6; f++) {
                    replicates[f][kept] = byResample[f][b];
                }
                kept++;
            }
        }
        int[] ones = rows.ones();
        return new MetricIntervals(DeLong.interval(p, won),
                percentile(rows.averagePrecision(ones), replicates[0], kept, method),
                percentile(rows.topDecileLift(ones), replicates[1], kept, method),
                percentile(rows.ece(ones), replicates[2], kept, method),
                percentile(rows.logLoss(ones), replicates[3], kept, method),
                percentile(rows.brier(ones), replicates[4], kept, method),
                percentile(rows.logLossGain(ones), replicates[5], kept, method), resamples, seed);
    }

    /** Leads from which the bootstrap's resamples are split between two threads. */
    private static final int SPLIT_FROM_LEADS = 50_000;

    /**
     * The figures of resamples {@code from} to {@code to - 1}, each at its own index; {@code usable[b]} false for a
     * resample without a win or a loss. The seeded draws of the resamples before {@code from} are drawn and thrown
     * away first (each resample draws exactly n leads), so resample b gets the same leads wherever it is figured.
     */
    private static void resample(RankedRows rows, long seed, int from, int to, double[][] byResample, boolean[] usable) {
        int n = rows.size();
        SplittableRandom random = new SplittableRandom(seed);
        for (long k = (long) from * n; k > 0; k--) {
            random.nextInt(n);
        }
        int[] w = new int[n];
        for (int b = from; b < to && n > 0; b++) {
            Arrays.fill(w, 0);
            for (int k = 0; k < n; k++) {
                w[random.nextInt(n)]++;
            }
            // The figures of each resample from two passes over the leads (RankedRows.rankFigures, leadFigures).
            double[] rank = rows.rankFigures(w);
            if (Double.isNaN(rank[0])) {
                continue;
            }
            double[] lead = rows.leadFigures(w);
            byResample[0][b] = rank[1];
            byResample[1][b] = rows.topDecileLift(w);
            byResample[2][b] = lead[0];
            byResample[3][b] = lead[1];
            byResample[4][b] = lead[2];
            byResample[5][b] = lead[3];
            usable[b] = true;
        }
    }


    /** The estimate with the 2.5th and 97.5th percentiles of its finite replicates. */
    static Interval percentile(double estimate, double[] replicates, int count, String method) {
        double[] finite = Arrays.stream(replicates, 0, count).filter(Double::isFinite).sorted().toArray();
        if (finite.length < 2 || !Double.isFinite(estimate)) {
            return new Interval(estimate, Double.NaN, Double.NaN, Double.NaN, 0.95, method);
        }
        double mean = Arrays.stream(finite).average().orElse(Double.NaN);
        double ss = 0;
        for (double v : finite) {
            ss += (v - mean) * (v - mean);
        }
        return new Interval(estimate, quantile(finite, 0.025), quantile(finite, 0.975),
                Math.sqrt(ss / (finite.length - 1)), 0.95, method);
    }

    /** The {@code q} quantile of sorted values, linear between order statistics (R's type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
