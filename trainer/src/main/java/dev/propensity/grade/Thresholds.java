package dev.propensity.grade;

import java.util.Arrays;

/**
 * Where the grade matrix splits: a lead's fit (or engagement) is high when its sub-score probability is at or
 * above the threshold. Defaults are quantiles of the training rows' sub-scores, written into the version;
 * configuration may override either threshold.
 *
 * @param fit                fit probability from which fit counts as high
 * @param engagement         engagement probability from which engagement counts as high
 * @param fitQuantile        the training quantile {@code fit} was taken at (NaN when set by hand)
 * @param engagementQuantile the training quantile {@code engagement} was taken at (NaN when set by hand)
 */
public record Thresholds(double fit, double engagement, double fitQuantile, double engagementQuantile) {
    /** Default quantiles: about 40 % of leads have high fit, 40 % high engagement. */
    public static final double DEFAULT_QUANTILE = 0.6;

    public Grade grade(double fitProbability, double engagementProbability) {
        return Grade.of(fitProbability >= fit, engagementProbability >= engagement);
    }

    /** The same with the given thresholds in place of the learnt ones, where given (NaN keeps the learnt one). */
    public Thresholds overridden(double fitOverride, double engagementOverride) {
        return new Thresholds(Double.isNaN(fitOverride) ? fit : fitOverride,
                Double.isNaN(engagementOverride) ? engagement : engagementOverride,
                Double.isNaN(fitOverride) ? fitQuantile : Double.NaN,
                Double.isNaN(engagementOverride) ? engagementQuantile : Double.NaN);
    }

    static Thresholds fromTraining(double[] fit, double[] engagement, double fitQuantile, double engagementQuantile) {
        return new Thresholds(quantile(fit, fitQuantile), quantile(engagement, engagementQuantile),
                fitQuantile, engagementQuantile);
    }

    /** The lower empirical quantile: the value at index floor(q * (n - 1)) of the sorted values. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0.5;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }
}
