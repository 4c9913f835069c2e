package dev.propensity.evaluate;

/** How good probabilities are as probabilities: log loss, Brier score and expected calibration error. */
public final class ProbabilityMetrics {
    /** Probabilities are clipped this far from 0 and 1 so that log loss stays finite. */
    private static final double EPSILON = 1e-15;

    private ProbabilityMetrics() {
    }

    public static double logLoss(double[] p, byte[] won) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(Math.max(p[i], EPSILON), 1 - EPSILON);
            sum -= won[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    public static double brier(double[] p, byte[] won) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - won[i];
            sum += d * d;
        }
        return sum / p.length;
    }

    /**
     * Expected calibration error over {@code bins} equal-width probability bins: the count-weighted mean gap
     * between the mean predicted probability and the observed win rate in each bin.
     */
    public static double expectedCalibrationError(double[] p, byte[] won, int bins) {
        ReliabilityCurve curve = ReliabilityCurve.of(p, won, bins);
        double sum = 0;
        long n = 0;
        for (ReliabilityCurve.Bin bin : curve.bins()) {
            sum += bin.count() * Math.abs(bin.meanPredicted() - bin.observedRate());
            n += bin.count();
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
