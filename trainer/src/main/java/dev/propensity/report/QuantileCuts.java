package dev.propensity.report;

import java.util.Arrays;

/**
 * Cut points that split numbers into ranges of about equal counts, and readable names for the ranges. Range
 * {@code 0} is {@code (-inf, c0]}, range {@code i} is {@code (c(i-1), ci]}, the last is {@code (c(last), +inf)}.
 *
 * @param cuts strictly increasing cut points (possibly none: one range holding everything)
 */
public record QuantileCuts(double[] cuts) {

    /**
     * Cuts at the {@code q / bins} quantiles of the finite values ({@code q = 1 … bins - 1}), the quantile being
     * the value of rank {@code ceil(q m / bins)} among the {@code m} sorted values, so that every cut is a value
     * present in the data. Repeated cuts are merged, and a cut at the maximum is dropped since nothing would
     * lie above it: a yes/no field gets a single cut at 0.
     */
    public static QuantileCuts of(double[] values, int bins) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int m = finite.length;
        double[] cuts = new double[Math.max(bins - 1, 0)];
        int n = 0;
        for (int q = 1; q < bins && m > 0; q++) {
            double cut = finite[Math.max((int) Math.ceil(q * (double) m / bins) - 1, 0)];
            if (cut < finite[m - 1] && (n == 0 || cut > cuts[n - 1])) {
                cuts[n++] = cut;
            }
        }
        return new QuantileCuts(Arrays.copyOf(cuts, n));
    }

    /** How many ranges there are. */
    public int ranges() {
        return cuts.length + 1;
    }

    /** The range of a finite value. */
    public int rangeOf(double value) {
        int i = 0;
        while (i < cuts.length && value > cuts[i]) {
            i++;
        }
        return i;
    }

    /** "≤ 10", "10 – 50", "> 200", or "any" when there is one range. */
    public String label(int range) {
        if (cuts.length == 0) {
            return "any";
        }
        if (range == 0) {
            return "≤ " + Labels.number(cuts[0]);
        }
        if (range == cuts.length) {
            return "> " + Labels.number(cuts[cuts.length - 1]);
        }
        return Labels.number(cuts[range - 1]) + " – " + Labels.number(cuts[range]);
    }
}
