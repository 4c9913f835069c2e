package dev.propensity.report;

import dev.propensity.evaluate.ProbabilityMetrics;
import dev.propensity.evaluate.RankMetrics;
import java.util.List;

/**
 * The champion's quality on leads whose outcome came back.
 *
 * @param outcomes       leads with an outcome
 * @param wins           wins among them
 * @param auc            ROC AUC; NaN (null in JSON) without both wins and losses
 * @param ece            expected calibration error over ten bins
 * @param topDecileLift  win rate of the best-scored tenth over the overall win rate
 * @param meanPredicted  mean probability served
 * @param observedRate   actual win rate
 */
public record LiveQuality(long outcomes, long wins, double auc, double ece, double topDecileLift,
                          double meanPredicted, double observedRate) {

    /** Quality of the observations in {@code list} that have an outcome. */
    public static LiveQuality of(List<LiveObservation> list) {
        List<LiveObservation> done = list.stream().filter(o -> o.won() != null).toList();
        double[] p = new double[done.size()];
        byte[] won = new byte[done.size()];
        long wins = 0;
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = done.get(i).probability();
            won[i] = (byte) (done.get(i).won() ? 1 : 0);
            wins += won[i];
            sum += p[i];
        }
        if (p.length == 0) {
            return new LiveQuality(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new LiveQuality(p.length, wins, RankMetrics.rocAuc(p, won),
                ProbabilityMetrics.expectedCalibrationError(p, won, 10),
                RankingValue.of(p, won).deciles().get(0).lift(), sum / p.length, (double) wins / p.length);
    }
}
