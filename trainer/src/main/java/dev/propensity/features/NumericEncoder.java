package dev.propensity.features;

import java.util.function.Consumer;

/**
 * A number as a linear model can use it: log-transformed when skewed (money, headcount), clipped to the
 * training range's 0.5-99.5 percentiles so an outlier cannot dominate, standardised, plus one-hot quantile bins
 * (a linear model then follows a curved effect) and a missing-value indicator.
 *
 * @param field    the raw field
 * @param log      whether {@code log1p} is applied first
 * @param low      clip floor, on the transformed scale
 * @param high     clip ceiling, on the transformed scale
 * @param mean     mean of the clipped transformed training values
 * @param std      their standard deviation (1 when constant)
 * @param binEdges inner quantile edges on the transformed scale, ascending; empty for no bins
 */
public record NumericEncoder(String field, boolean log, double low, double high, double mean, double std,
                             double[] binEdges) implements FieldEncoder {

    @Override
    public String[] inputNames() {
        String[] names = new String[width()];
        names[0] = field;
        for (int b = 0; b <= binEdges.length && binEdges.length > 0; b++) {
            names[1 + b] = field + "@b" + b;
        }
        names[names.length - 1] = field + "=" + CategoricalEncoder.MISSING;
        return names;
    }

    private int width() {
        return 2 + (binEdges.length == 0 ? 0 : binEdges.length + 1);
    }

    /** The value on the clipped, transformed scale the model sees, before standardising. */
    public double transform(double value) {
        double v = log ? SmallLog1p.of(Math.max(value, 0)) : value;
        return Math.min(Math.max(v, low), high);
    }

    @Override
    public void encode(Object raw, double[] out, int offset, Consumer<String> warn) {
        double value = raw instanceof Number n ? n.doubleValue() : Double.NaN;
        if (log && value < 0) {
            warn.accept(field + ": negative value " + raw + " read as 0");
        }
        encode(value, out, offset);
    }

    /**
     * The same inputs for a number already typed ({@link Double#NaN} when missing), without the note about a
     * negative value: what training reads from a table's columns, with no boxed value per row.
     */
    public void encode(double value, double[] out, int offset) {
        if (Double.isNaN(value)) {
            out[offset + width() - 1] = 1;
            return;
        }
        double v = transform(value);
        out[offset] = (v - mean) / std;
        if (binEdges.length > 0) {
            out[offset + 1 + bin(v)] = 1;
        }
    }

    private int bin(double v) {
        int lo = 0;
        int hi = binEdges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v < binEdges[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
