package dev.propensity.evaluate;

import java.util.ArrayList;
import java.util.List;

/** Predicted against observed win rates in equal-width probability bins; empty bins are left out. */
public record ReliabilityCurve(List<Bin> bins) {
    /** One bin: its range, how many leads fell in it, their mean prediction and their observed win rate. */
    public record Bin(double from, double to, long count, double meanPredicted, double observedRate) {
    }

    public static ReliabilityCurve of(double[] p, byte[] won, int binCount) {
        long[] counts = new long[binCount];
        double[] sums = new double[binCount];
        long[] wins = new long[binCount];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min((int) (p[i] * binCount), binCount - 1);
            b = Math.max(b, 0);
            counts[b]++;
            sums[b] += p[i];
            wins[b] += won[i];
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            if (counts[b] > 0) {
                bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, counts[b],
                        sums[b] / counts[b], (double) wins[b] / counts[b]));
            }
        }
        return new ReliabilityCurve(List.copyOf(bins));
    }
}
