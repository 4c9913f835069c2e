package dev.propensity.evaluate;

import java.util.Arrays;

/**
 * DeLong's standard error of ROC AUC (DeLong, DeLong and Clarke-Pearson, 1988) and the normal interval it gives.
 * Each win's placement is the share of losses it outscores (ties half), each loss's the share of wins that outscore
 * it; AUC is the mean of either, and its variance is {@code var(win placements) / wins + var(loss placements) /
 * losses} (sample variances). The interval is {@code AUC ± z·SE}, clipped to [0, 1].
 */
public final class DeLong {
    public static final String METHOD = "DeLong";

    private DeLong() {
    }

    /** The 95 % DeLong interval of the AUC of {@code scores} against {@code won}; unknown without both classes. */
    public static Interval interval(double[] scores, byte[] won) {
        double[][] split = byClass(scores, won);
        double[] losses = split[0];
        double[] wins = split[1];
        if (wins.length < 2 || losses.length < 2) {
            return Interval.unknown(METHOD);
        }
        double[] winPlacement = new double[wins.length];
        for (int i = 0; i < wins.length; i++) {
            winPlacement[i] = (below(losses, wins[i]) + 0.5 * equal(losses, wins[i])) / losses.length;
        }
        double[] lossPlacement = new double[losses.length];
        for (int j = 0; j < losses.length; j++) {
            lossPlacement[j] = (wins.length - below(wins, losses[j]) - equal(wins, losses[j])
                    + 0.5 * equal(wins, losses[j])) / wins.length;
        }
        double auc = mean(winPlacement);
        double variance = sampleVariance(winPlacement, auc) / wins.length
                + sampleVariance(lossPlacement, auc) / losses.length;
        double se = Math.sqrt(variance);
        return new Interval(auc, Math.max(0, auc - Interval.Z95 * se), Math.min(1, auc + Interval.Z95 * se), se,
                0.95, METHOD);
    }

    /** How many of the sorted {@code values} are below {@code x}. */
    private static int below(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the sorted {@code values} equal {@code x}: a second binary search, so heavy ties stay cheap. */
    private static int equal(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - below(sorted, x);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sampleVariance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    private static double[][] byClass(double[] scores, byte[] won) {
        int wins = 0;
        for (byte b : won) {
            wins += b;
        }
        double[] w = new double[wins];
        double[] l = new double[scores.length - wins];
        int wi = 0;
        int li = 0;
        for (int i = 0; i < scores.length; i++) {
            if (won[i] == 1) {
                w[wi++] = scores[i];
            } else {
                l[li++] = scores[i];
            }
        }
        Arrays.sort(w);
        Arrays.sort(l);
        return new double[][] {l, w};
    }
}
