package dev.propensity.persona;

/**
 * The mean silhouette of a clustering (Rousseeuw 1987), our criterion for the number of personas: for each point,
 * a = mean distance to the other points of its cluster, b = the least mean distance to another cluster's points,
 * s = (b - a) / max(a, b); a point alone in its cluster counts 0. Euclidean distance; O(n²), so it runs on a sample.
 */
public final class Silhouette {
    private Silhouette() {
    }

    /** Mean silhouette in [-1, 1]; 0 when there is a single cluster. */
    public static double mean(double[][] points, int[] labels, int k) {
        int n = points.length;
        if (k < 2 || n < 2) {
            return 0;
        }
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sums[labels[j]] += distance(points[i], points[j]);
                }
            }
            int own = labels[i];
            if (sizes[own] < 2) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / n;
    }

    static double distance(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - y[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
