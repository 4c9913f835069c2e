package dev.propensity.evaluate;

import java.util.Arrays;

/**
 * Held-out leads sorted once by probability, highest first (equal probabilities in row order, as the report's
 * deciles take them), so that every figure of a bootstrap resample is one pass over multiplicities instead of a
 * new sort. With every multiplicity 1 each figure equals the plain one ({@link RankMetrics}, {@link
 * ProbabilityMetrics}, the report's top-decile lift).
 */
final class RankedRows {
    private static final int BINS = 10;
    private final double[] p;
    private final byte[] won;
    private final int[] bin;
    /** Positions where a run of equal probabilities ends (exclusive), in order. */
    private final int[] groupEnds;
    private final double[] base;
    /** Each lead's log-likelihood under the model, and its log loss gain over the base rate: worked out once. */
    private final double[] logLikelihood;
    private final double[] gain;
    /** Scratch for {@link #rankFigures}: each group's drawn wins and losses. */
    private double[] groupWins;
    private double[] groupLosses;

    /**
     * @param baseRate what a base-rate model predicts for each lead (the training win rate), for the log loss gain
     */
    RankedRows(double[] probability, byte[] outcome, double[] baseRate) {
        int n = probability.length;
        int[] order = DescendingOrder.of(probability);
        p = new double[n];
        base = new double[n];
        won = new byte[n];
        bin = new int[n];
        int[] ends = new int[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            p[k] = probability[order[k]];
            base[k] = baseRate[order[k]];
            won[k] = outcome[order[k]];
            bin[k] = Math.max(0, Math.min((int) (p[k] * BINS), BINS - 1));
            if (k > 0 && p[k] != p[k - 1]) {
                ends[groups++] = k;
            }
        }
        if (n > 0) {
            ends[groups++] = n;
        }
        groupEnds = Arrays.copyOf(ends, groups);
        logLikelihood = new double[n];
        gain = new double[n];
        double eps = 1e-15;
        for (int k = 0; k < n; k++) {
            double q = Math.min(Math.max(p[k], eps), 1 - eps);
            logLikelihood[k] = won[k] == 1 ? Math.log(q) : Math.log(1 - q);
            double model = won[k] == 1 ? -Math.log(q) : -Math.log(1 - q);
            double b = Math.min(Math.max(base[k], eps), 1 - eps);
            double constant = won[k] == 1 ? -Math.log(b) : -Math.log(1 - b);
            gain[k] = constant - model;
        }
    }

    int size() {
        return p.length;
    }

    /**
     * ROC AUC and average precision of one resample from one pass over the leads: each exactly what {@link #auc}
     * and {@link #averagePrecision} give. Uses buffers of this object: one resample at a time.
     *
     * @return {AUC, average precision}
     */
    double[] rankFigures(int[] w) {
        int groups = groupEnds.length;
        if (groupWins == null) {
            groupWins = new double[groups];
            groupLosses = new double[groups];
        }
        for (int g = 0; g < groups; g++) {
            int from = g == 0 ? 0 : groupEnds[g - 1];
            // Whole counts, so summing them without a branch on the outcome gives the very same doubles.
            long gw = 0;
            long drawn = 0;
            for (int k = from; k < groupEnds[g]; k++) {
                gw += w[k] * won[k];
                drawn += w[k];
            }
            groupWins[g] = gw;
            groupLosses[g] = drawn - gw;
        }
        double lossesBelow = 0;
        double pairs = 0;
        double wins = 0;
        for (int g = groups - 1; g >= 0; g--) {
            pairs += groupWins[g] * (lossesBelow + 0.5 * groupLosses[g]);
            lossesBelow += groupLosses[g];
            wins += groupWins[g];
        }
        double auc = wins == 0 || lossesBelow == 0 ? Double.NaN : pairs / (wins * lossesBelow);
        double seen = 0;
        double winsSeen = 0;
        double sum = 0;
        for (int g = 0; g < groups; g++) {
            seen += groupWins[g] + groupLosses[g];
            winsSeen += groupWins[g];
            if (groupWins[g] > 0) {
                sum += groupWins[g] * (winsSeen / seen);
            }
        }
        return new double[] {auc, winsSeen == 0 ? Double.NaN : sum / winsSeen};
    }

    /**
     * Calibration error, log loss, Brier score and log loss gain of one resample from one pass over the leads, each
     * exactly what its own method gives (leads drawn no time add nothing to any sum).
     *
     * @return {ECE, log loss, Brier score, log loss gain}
     */
    double[] leadFigures(int[] w) {
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        double n = 0;
        double logLoss = 0;
        double brier = 0;
        double gainSum = 0;
        for (int k = 0; k < w.length; k++) {
            int m = w[k];
            if (m == 0) {
                continue;
            }
            predicted[bin[k]] += m * p[k];
            observed[bin[k]] += m * won[k];
            n += m;
            logLoss -= m * logLikelihood[k];
            double d = p[k] - won[k];
            brier += m * d * d;
            gainSum += m * gain[k];
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            ece += Math.abs(predicted[b] - observed[b]);
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}
                : new double[] {ece / n, logLoss / n, brier / n, gainSum / n};
    }

    /** Multiplicities of 1: the held-out leads as they are. */
    int[] ones() {
        int[] w = new int[p.length];
        Arrays.fill(w, 1);
        return w;
    }

    /** ROC AUC with each lead counted {@code w[k]} times (ties half); NaN without both classes. */
    double auc(int[] w) {
        double lossesBelow = 0;
        double pairs = 0;
        double wins = 0;
        for (int g = groupEnds.length - 1; g >= 0; g--) {
            int from = g == 0 ? 0 : groupEnds[g - 1];
            double gw = 0;
            double gl = 0;
            for (int k = from; k < groupEnds[g]; k++) {
                if (won[k] == 1) {
                    gw += w[k];
                } else {
                    gl += w[k];
                }
            }
            pairs += gw * (lossesBelow + 0.5 * gl);
            lossesBelow += gl;
            wins += gw;
        }
        return wins == 0 || lossesBelow == 0 ? Double.NaN : pairs / (wins * lossesBelow);
    }

    /** Average precision, equal probabilities taken together; NaN without wins. */
    double averagePrecision(int[] w) {
        double seen = 0;
        double winsSeen = 0;
        double sum = 0;
        for (int g = 0; g < groupEnds.length; g++) {
            int from = g == 0 ? 0 : groupEnds[g - 1];
            double gw = 0;
            double gl = 0;
            for (int k = from; k < groupEnds[g]; k++) {
                if (won[k] == 1) {
                    gw += w[k];
                } else {
                    gl += w[k];
                }
            }
            seen += gw + gl;
            winsSeen += gw;
            if (gw > 0) {
                sum += gw * (winsSeen / seen);
            }
        }
        return winsSeen == 0 ? Double.NaN : sum / winsSeen;
    }

    /**
     * Win rate of the top 10 % of leads over the overall win rate. The top 10 % are the first {@code round(n / 10)}
     * leads in score order; a lead drawn several times may be cut part-way.
     */
    double topDecileLift(int[] w) {
        long n = 0;
        long wins = 0;
        for (int k = 0; k < w.length; k++) {
            n += w[k];
            wins += (long) w[k] * won[k];
        }
        long count = Math.round(n * 10 / 100.0);
        if (count == 0 || wins == 0) {
            return Double.NaN;
        }
        long taken = 0;
        long topWins = 0;
        for (int k = 0; k < w.length && taken < count; k++) {
            long take = Math.min(w[k], count - taken);
            taken += take;
            topWins += take * won[k];
        }
        return ((double) topWins / count) / ((double) wins / n);
    }

    /** Expected calibration error over ten equal-width probability bins. */
    double ece(int[] w) {
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        double n = 0;
        for (int k = 0; k < w.length; k++) {
            predicted[bin[k]] += w[k] * p[k];
            observed[bin[k]] += w[k] * won[k];
            n += w[k];
        }
        double sum = 0;
        for (int b = 0; b < BINS; b++) {
            sum += Math.abs(predicted[b] - observed[b]);
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean negative log-likelihood (probabilities clipped 1e-15 from 0 and 1, as {@link ProbabilityMetrics}). */
    double logLoss(int[] w) {
        double sum = 0;
        double n = 0;
        for (int k = 0; k < w.length; k++) {
            if (w[k] != 0) {
                sum -= w[k] * logLikelihood[k];
                n += w[k];
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean squared error of the probability. */
    double brier(int[] w) {
        double sum = 0;
        double n = 0;
        for (int k = 0; k < w.length; k++) {
            double d = p[k] - won[k];
            sum += w[k] * d * d;
            n += w[k];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Base-rate log loss minus the model's, per lead: above 0 when the model is the better forecaster. */
    double logLossGain(int[] w) {
        double sum = 0;
        double n = 0;
        for (int k = 0; k < w.length; k++) {
            if (w[k] != 0) {
                sum += w[k] * gain[k];
                n += w[k];
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
