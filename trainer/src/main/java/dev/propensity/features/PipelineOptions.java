package dev.propensity.features;

/**
 * How the pipeline is fitted.
 *
 * @param quantileBins   one-hot bins per numeric field (0 = none); bins let a linear model follow a curved effect
 * @param minLevelCount  a category level seen fewer times than this is grouped into "other"
 * @param maxLevels      at most this many levels per categorical field are kept
 * @param logSkewness    a non-negative numeric whose skewness exceeds this is log-transformed
 */
public record PipelineOptions(int quantileBins, int minLevelCount, int maxLevels, double logSkewness) {
    public static final PipelineOptions DEFAULT = new PipelineOptions(10, 10, 100, 2.0);
}
