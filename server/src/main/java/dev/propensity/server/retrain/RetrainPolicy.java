package dev.propensity.server.retrain;

/**
 * When a retraining run may start and when its challenger may replace the champion.
 *
 * <table>
 *   <caption>Components and defaults</caption>
 *   <tr><th>component</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>holdoutFraction</td><td>0.2</td><td>share of the fed-back outcomes, the most recent, kept for judging</td></tr>
 *   <tr><td>minHoldout</td><td>50</td><td>the hold-out has at least this many outcomes</td></tr>
 *   <tr><td>minFeedback</td><td>100</td><td>fewer fed-back outcomes than this and the run is refused</td></tr>
 *   <tr><td>aucMargin</td><td>0.005</td><td>the challenger's hold-out ROC AUC may be lower than the champion's by at most this</td></tr>
 *   <tr><td>logLossMargin</td><td>0.005</td><td>its hold-out log loss may be higher by at most this</td></tr>
 * </table>
 *
 * <p>A negative margin demands an improvement of that size.
 */
public record RetrainPolicy(double holdoutFraction, int minHoldout, int minFeedback, double aucMargin,
                            double logLossMargin) {
    public static final RetrainPolicy DEFAULT = new RetrainPolicy(0.2, 50, 100, 0.005, 0.005);

    public RetrainPolicy {
        if (!(holdoutFraction > 0 && holdoutFraction < 1)) {
            throw new IllegalArgumentException("holdoutFraction: expected a share in (0, 1), got " + holdoutFraction);
        }
        if (minHoldout < 2) {
            throw new IllegalArgumentException("minHoldout: a hold-out needs at least a win and a loss, got " + minHoldout);
        }
        if (minFeedback <= minHoldout) {
            throw new IllegalArgumentException("minFeedback: must exceed minHoldout (" + minHoldout
                    + ") so that some fed-back outcomes are learned from, got " + minFeedback);
        }
        if (!Double.isFinite(aucMargin) || !Double.isFinite(logLossMargin)) {
            throw new IllegalArgumentException("margins must be finite numbers, got AUC " + aucMargin
                    + " and log loss " + logLossMargin);
        }
    }

    /** This policy with other promotion margins. */
    public RetrainPolicy withMargins(double newAucMargin, double newLogLossMargin) {
        return new RetrainPolicy(holdoutFraction, minHoldout, minFeedback, newAucMargin, newLogLossMargin);
    }

    /** This policy with other hold-out and minimum sizes. */
    public RetrainPolicy withSizes(double newHoldoutFraction, int newMinHoldout, int newMinFeedback) {
        return new RetrainPolicy(newHoldoutFraction, newMinHoldout, newMinFeedback, aucMargin, logLossMargin);
    }

    /** How many of {@code feedbackRows} fed-back outcomes are held out. */
    public int holdoutSize(int feedbackRows) {
        return Math.min(feedbackRows, Math.max(minHoldout, (int) Math.round(feedbackRows * holdoutFraction)));
    }
}
