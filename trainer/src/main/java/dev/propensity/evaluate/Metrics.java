package dev.propensity.evaluate;

/**
 * The headline figures of a model on a set of leads.
 *
 * @param rows     leads evaluated
 * @param wins     wins among them
 * @param baseRate share of wins
 * @param rocAuc   ranking: chance a win outranks a loss
 * @param prAuc    average precision
 * @param logLoss  mean negative log-likelihood
 * @param brier    mean squared error of the probability
 * @param ece      expected calibration error (10 bins)
 * @param meanPredicted mean predicted probability, to compare with the base rate
 */
public record Metrics(long rows, long wins, double baseRate, double rocAuc, double prAuc, double logLoss,
                      double brier, double ece, double meanPredicted) {

    public static Metrics of(double[] p, byte[] won) {
        long wins = 0;
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            wins += won[i];
            sum += p[i];
        }
        return new Metrics(p.length, wins, p.length == 0 ? Double.NaN : (double) wins / p.length,
                RankMetrics.rocAuc(p, won), RankMetrics.prAuc(p, won), ProbabilityMetrics.logLoss(p, won),
                ProbabilityMetrics.brier(p, won), ProbabilityMetrics.expectedCalibrationError(p, won, 10),
                p.length == 0 ? Double.NaN : sum / p.length);
    }

    /** The figures of always predicting {@code rate}: what a model must beat to be worth anything. */
    public static Metrics baseline(double rate, byte[] won) {
        double[] p = new double[won.length];
        java.util.Arrays.fill(p, rate);
        return of(p, won);
    }
}
