package dev.propensity.train;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;

/**
 * Count, sum, spread and range of each model input over the training rows, gathered from the rows' non-zero
 * inputs: the inputs' means for the scorer, and the feature domain Tribuo's trainer needs.
 */
final class InputStatistics {
    private final long[] count;
    private final double[] sum;
    private final double[] sumOfSquares;
    private final double[] min;
    private final double[] max;

    InputStatistics(int width) {
        count = new long[width];
        sum = new double[width];
        sumOfSquares = new double[width];
        min = new double[width];
        max = new double[width];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Adds one row given as its {@code n} non-zero inputs. */
    void add(int[] index, double[] value, int n) {
        for (int k = 0; k < n; k++) {
            int i = index[k];
            double v = value[k];
            count[i]++;
            sum[i] += v;
            sumOfSquares[i] += v * v;
            min[i] = Math.min(min[i], v);
            max[i] = Math.max(max[i], v);
        }
    }

    /** Each input's mean over {@code rows} rows, zeros included. */
    double[] means(int rows) {
        double[] means = new double[sum.length];
        for (int i = 0; i < means.length; i++) {
            means[i] = sum[i] / Math.max(rows, 1);
        }
        return means;
    }

    /**
     * The inputs that were ever non-zero, as Tribuo's feature domain: the same names, hence the same feature ids
     * (Tribuo numbers features in name order), that a {@code MutableDataset} of these rows would give. Each is
     * described as a real-valued feature with its count, range, mean and spread over its non-zero values.
     */
    ImmutableFeatureMap featureMap(String[] names) {
        List<VariableInfo> infos = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (count[i] > 0) {
                double mean = sum[i] / count[i];
                double squaredDeviations = Math.max(0, sumOfSquares[i] - sum[i] * mean);
                infos.add(new RealInfo(names[i], (int) count[i], max[i], min[i], mean, squaredDeviations));
            }
        }
        return new ImmutableFeatureMap(infos);
    }
}
