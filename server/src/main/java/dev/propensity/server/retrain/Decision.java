package dev.propensity.server.retrain;

import dev.propensity.evaluate.Metrics;
import dev.propensity.train.GuardVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the challenger replaces the champion, and why in one sentence for the history.
 *
 * @param promote whether to promote
 * @param reason  the figures that decided, with the margins applied
 */
public record Decision(boolean promote, String reason) {

    /**
     * Promotes only a challenger that passes the trainer's guards and is not worse than the champion on the
     * hold-out by more than the policy's margins, on ranking (ROC AUC) and on probabilities (log loss) alike.
     */
    public static Decision of(GuardVerdict guards, Metrics champion, Metrics challenger, RetrainPolicy policy) {
        List<String> problems = new ArrayList<>();
        if (!guards.promotable()) {
            problems.add("guards: " + String.join("; ", guards.problems()));
        }
        double aucDrop = champion.rocAuc() - challenger.rocAuc();
        if (!(aucDrop <= policy.aucMargin())) {
            problems.add(String.format(Locale.ROOT, "ROC AUC %.4f vs champion %.4f is worse by %.4f (margin %.4f)",
                    challenger.rocAuc(), champion.rocAuc(), aucDrop, policy.aucMargin()));
        }
        double lossRise = challenger.logLoss() - champion.logLoss();
        if (!(lossRise <= policy.logLossMargin())) {
            problems.add(String.format(Locale.ROOT, "log loss %.4f vs champion %.4f is worse by %.4f (margin %.4f)",
                    challenger.logLoss(), champion.logLoss(), lossRise, policy.logLossMargin()));
        }
        String where = " on " + challenger.rows() + " recent outcomes";
        if (!problems.isEmpty()) {
            return new Decision(false, "not promoted" + where + ": " + String.join("; ", problems));
        }
        return new Decision(true, String.format(Locale.ROOT,
                "promoted%s: ROC AUC %.4f vs champion %.4f, log loss %.4f vs champion %.4f", where,
                challenger.rocAuc(), champion.rocAuc(), challenger.logLoss(), champion.logLoss()));
    }
}
