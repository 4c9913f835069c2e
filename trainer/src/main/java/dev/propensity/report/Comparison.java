package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.evaluate.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * A new model's held-out figures side by side with those of the version it would replace, each judged better,
 * worse or similar, and a one-line verdict such as "better ranking (+0.012 AUC), similar calibration (+0.001
 * ECE), better log loss (-0.008)". Each model is measured on its own held-out leads, so small differences
 * are called similar.
 *
 * @param against the version compared with, such as "v3"
 * @param metrics every metric of both
 * @param verdict the verdict in words
 */
public record Comparison(String against, List<Delta> metrics, String verdict) {

    /**
     * One metric of both models.
     *
     * @param metric         its key in the manifest, such as "roc_auc"
     * @param label          its readable name
     * @param current        the new model's value
     * @param previous       the other version's value
     * @param difference     current minus previous
     * @param higherIsBetter whether a larger value is an improvement
     * @param judgement      "better", "worse" or "similar" ("n/a" when either value is missing)
     */
    public record Delta(String metric, String label, double current, double previous, double difference,
                        boolean higherIsBetter, String judgement) {
    }

    /** A metric, which way is better, and the difference below which two models are called similar. */
    private record Spec(String key, String label, boolean higherIsBetter, double tolerance) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("roc_auc", "ROC AUC", true, 0.005),
            new Spec("pr_auc", "PR AUC", true, 0.005),
            new Spec("log_loss", "Log loss", false, 0.005),
            new Spec("brier", "Brier score", false, 0.002),
            new Spec("ece", "Calibration error (ECE)", false, 0.005),
            new Spec("base_rate", "Win rate of held-out leads", true, Double.POSITIVE_INFINITY));

    public Comparison {
        metrics = List.copyOf(metrics);
    }

    /**
     * @param current  the new model's held-out metrics
     * @param previous the other version's manifest {@code metrics.test} object
     * @param against  the other version's label
     */
    public static Comparison of(Metrics current, JsonNode previous, String against) {
        double[] now = {current.rocAuc(), current.prAuc(), current.logLoss(), current.brier(), current.ece(),
                current.baseRate()};
        List<Delta> deltas = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            JsonNode node = previous.path(spec.key());
            double before = node.isNumber() ? node.asDouble() : Double.NaN;
            double difference = now[i] - before;
            String judgement;
            if (!Double.isFinite(difference)) {
                judgement = "n/a";
            } else if (Math.abs(difference) < spec.tolerance()) {
                judgement = "similar";
            } else {
                judgement = (difference > 0) == spec.higherIsBetter() ? "better" : "worse";
            }
            deltas.add(new Delta(spec.key(), spec.label(), now[i], before, difference, spec.higherIsBetter(), judgement));
        }
        String verdict = phrase(deltas.get(0), "ranking", "AUC") + ", " + phrase(deltas.get(4), "calibration", "ECE")
                + ", " + phrase(deltas.get(2), "log loss", null);
        return new Comparison(against, deltas, verdict);
    }

    private static String phrase(Delta delta, String what, String unit) {
        if (delta.judgement().equals("n/a")) {
            return what + " not comparable";
        }
        return delta.judgement() + " " + what + " (" + Labels.signed(delta.difference(), 3)
                + (unit == null ? "" : " " + unit) + ")";
    }
}
