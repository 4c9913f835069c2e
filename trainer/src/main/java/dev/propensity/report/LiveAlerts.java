package dev.propensity.report;

import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns live figures into alerts a sales-operations reader acts on, most serious first. */
public final class LiveAlerts {
    /** Ranking is called weaker when live AUC is this far below training AUC. */
    static final double AUC_DROP = 0.05;
    /** Probabilities are called off when the live calibration error exceeds this. */
    static final double ECE_LIMIT = 0.05;

    /**
     * One alert.
     *
     * @param severity "major", "moderate" or "info"
     * @param message  the alert in plain words
     */
    public record Alert(String severity, String message) {
    }

    private LiveAlerts() {
    }

    static List<Alert> of(long scored, int windowDays, LiveQuality quality, double trainingAuc, int minOutcomes,
                          FieldShift score, List<FieldShift> fields, Schema schema) {
        List<Alert> alerts = new ArrayList<>();
        if (scored == 0) {
            alerts.add(new Alert("info", "No leads were scored in the last " + windowDays + " days."));
            return alerts;
        }
        shift(score, "The score distribution", alerts);
        for (FieldShift field : fields) {
            boolean categorical = schema.feature(field.field()).map(f -> f.kind() == FeatureKind.CATEGORICAL).orElse(false);
            // "The mix of …" reads right for any description, where "… mix" fails on "where the lead came from".
            shift(field, categorical ? "The mix of " + field.description() : capitalised(field.description()), alerts);
        }
        if (quality.outcomes() < minOutcomes) {
            alerts.add(new Alert("info", String.format(Locale.ROOT,
                    "Only %d outcomes came back in the last %d days; quality figures need at least %d to be trusted.",
                    quality.outcomes(), windowDays, minOutcomes)));
        } else {
            if (Double.isFinite(trainingAuc) && Double.isFinite(quality.auc()) && quality.auc() < trainingAuc - AUC_DROP) {
                alerts.add(new Alert("major", String.format(Locale.ROOT,
                        "Ranking has weakened: AUC %.3f on %d returned outcomes against %.3f at training.",
                        quality.auc(), quality.outcomes(), trainingAuc)));
            }
            if (quality.ece() > ECE_LIMIT) {
                alerts.add(new Alert("moderate", String.format(Locale.ROOT,
                        "Scores run %s: leads were predicted to win %s of the time and won %s (calibration error %.3f).",
                        quality.meanPredicted() > quality.observedRate() ? "high" : "low",
                        Labels.percent(quality.meanPredicted()), Labels.percent(quality.observedRate()), quality.ece())));
            }
        }
        alerts.sort(Comparator.comparingInt(a -> rank(a.severity())));
        return alerts;
    }

    private static void shift(FieldShift shift, String subject, List<Alert> alerts) {
        double psi = shift.psi().value();
        if (psi >= Psi.MAJOR) {
            alerts.add(new Alert("major", String.format(Locale.ROOT, "%s has shifted a lot since training (PSI %.2f).",
                    subject, psi)));
        } else if (psi >= Psi.MODERATE) {
            alerts.add(new Alert("moderate", String.format(Locale.ROOT, "%s has shifted moderately since training (PSI %.2f).",
                    subject, psi)));
        }
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "major" -> 0;
            case "moderate" -> 1;
            default -> 2;
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
