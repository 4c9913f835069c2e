package dev.propensity.evaluate;

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
        RankedRows rows = new RankedRows(p, won, baseRates);
        int n = rows.size();
        String method = "bootstrap (percentile, " + resamples + " resamples, seed " + seed + ")";
        double[][] replicates = new double[6][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] w = new int[n];
        int kept = 0;
        for (int b = 0; b < resamples && n > 0; b++) {
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
            replicates[0][kept] = rank[1];
            replicates[1][kept] = rows.topDecileLift(w);
            replicates[2][kept] = lead[0];
            replicates[3][kept] = lead[1];
            replicates[4][kept] = lead[2];
            replicates[5][kept] = lead[3];
            kept++;
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
