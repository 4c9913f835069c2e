package dev.propensity.train;

/**
 * Logistic recalibration of raw log-odds, {@code p = sigmoid(slope * z + intercept)}, fitted by Newton's method on
 * the training rows. SGD stopped after a few epochs shrinks or shifts log-odds; this puts them back on the scale
 * of observed win rates without changing the ranking, and keeps explanations exact (every contribution scales
 * by the same slope).
 */
public final class PlattCalibration {
    /** The fitted line: {@code p = sigmoid(slope * z + intercept)}. */
    public record Fit(double slope, double intercept) {
    }

    private PlattCalibration() {
    }

    /** Fits slope and intercept by Newton's method on log-odds and their outcomes. */
    public static Fit fit(double[] logOdds, byte[] won) {
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < logOdds.length; i++) {
                double z = logOdds[i];
                double p = sigmoid(a * z + b);
                double r = p - won[i];
                double w = p * (1 - p);
                ga += r * z;
                gb += r;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new Fit(a, b);
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
