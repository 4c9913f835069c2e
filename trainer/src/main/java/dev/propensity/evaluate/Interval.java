package dev.propensity.evaluate;

import java.util.Locale;

/**
 * How sure a figure is: its value on the held-out leads and the range that holds the true value at the stated
 * confidence, with the method that made the range.
 *
 * @param estimate      the figure on the held-out leads
 * @param low           lower end of the interval
 * @param high          upper end of the interval
 * @param standardError the estimate's standard error (DeLong's, or the bootstrap replicates' spread)
 * @param level         confidence, such as 0.95
 * @param method        "DeLong" or "bootstrap (percentile, B resamples, seed S)"
 */
public record Interval(double estimate, double low, double high, double standardError, double level, String method) {
    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /** An interval that cannot be computed (a class is absent): every bound NaN. */
    public static Interval unknown(String method) {
        return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.95, method);
    }

    /** Whether {@code value} lies inside the interval (ends included); false when the interval is unknown. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    /** Whether the interval has numbers. */
    public boolean known() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** Such as "0.812 (95 % CI 0.781-0.843)". */
    public String describe(int decimals) {
        if (!known()) {
            return "n/a";
        }
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " (%d %% CI " + f + "-" + f + ")", estimate,
                Math.round(level * 100), low, high);
    }
}
