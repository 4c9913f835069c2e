package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * A new model's held-out figures side by side with those of the version it would replace, each judged better,
 * worse or similar, and a one-line verdict such as "better ranking (+0.012 AUC), similar calibration (+0.001
 * ECE), better log loss (-0.008)".
 *
 * <p>Each model is measured on its own held-out leads, two independent samples, so the difference's 95 %
 * interval is {@code d ± 1.96·sqrt(se₁² + se₂²)} with each figure's standard error (DeLong's for AUC, the
 * bootstrap's for the others). A difference is called better or worse only when that interval excludes 0;
 * otherwise the two are "similar" (too close to tell on these leads). When either version has no standard error
 * (a manifest written before intervals), a fixed tolerance per metric decides instead, and the verdict says so.
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
     * @param differenceLow  lower end of the difference's 95 % interval (NaN without standard errors)
     * @param differenceHigh upper end of the difference's 95 % interval
     * @param basis          "interval" or "tolerance": what decided the judgement
     */
    public record Delta(String metric, String label, double current, double previous, double difference,
                        boolean higherIsBetter, String judgement, double differenceLow, double differenceHigh,
                        String basis) {
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

    /** Without intervals: judged by tolerances only. */
    public static Comparison of(Metrics current, JsonNode previous, String against) {
        return of(current, null, previous, null, against);
    }

    /**
     * @param current           the new model's held-out metrics
     * @param currentIntervals  their intervals, or null
     * @param previous          the other version's manifest {@code metrics.test} object
     * @param previousIntervals the other version's manifest {@code metrics.test_intervals}, or null / missing
     * @param against           the other version's label
     */
    public static Comparison of(Metrics current, MetricIntervals currentIntervals, JsonNode previous,
                                JsonNode previousIntervals, String against) {
        double[] now = {current.rocAuc(), current.prAuc(), current.logLoss(), current.brier(), current.ece(),
                current.baseRate()};
        Interval[] nowIntervals = currentIntervals == null ? new Interval[6] : new Interval[] {
            currentIntervals.rocAuc(), currentIntervals.prAuc(), currentIntervals.logLoss(), currentIntervals.brier(),
            currentIntervals.ece(), null};
        List<Delta> deltas = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            JsonNode node = previous.path(spec.key());
            double before = node.isNumber() ? node.asDouble() : Double.NaN;
            double difference = now[i] - before;
            double seNow = nowIntervals[i] == null ? Double.NaN : nowIntervals[i].standardError();
            JsonNode seNode = previousIntervals == null ? null : previousIntervals.path(spec.key()).path("standard_error");
            double seBefore = seNode != null && seNode.isNumber() ? seNode.asDouble() : Double.NaN;
            double half = Interval.Z95 * Math.sqrt(seNow * seNow + seBefore * seBefore);
            String judgement;
            String basis = Double.isFinite(half) ? "interval" : "tolerance";
            if (!Double.isFinite(difference)) {
                judgement = "n/a";
            } else if (basis.equals("interval") ? Math.abs(difference) <= half : Math.abs(difference) < spec.tolerance()) {
                judgement = "similar";
            } else {
                judgement = (difference > 0) == spec.higherIsBetter() ? "better" : "worse";
            }
            deltas.add(new Delta(spec.key(), spec.label(), now[i], before, difference, spec.higherIsBetter(), judgement,
                    difference - half, difference + half, basis));
        }
        String verdict = phrase(deltas.get(0), "ranking", "AUC") + ", " + phrase(deltas.get(4), "calibration", "ECE")
                + ", " + phrase(deltas.get(2), "log loss", null)
                + (deltas.get(0).basis().equals("interval")
                        ? " (better or worse only where the 95 % interval of the difference excludes 0)"
                        : " (no intervals for " + against + ": fixed tolerances decided)");
        return new Comparison(against, deltas, verdict);
    }

    private static String phrase(Delta delta, String what, String unit) {
        if (delta.judgement().equals("n/a")) {
            return what + " not comparable";
        }
        String range = delta.basis().equals("interval")
                ? ", 95 % CI " + Labels.signed(delta.differenceLow(), 3) + " to " + Labels.signed(delta.differenceHigh(), 3)
                : "";
        return delta.judgement() + " " + what + " (" + Labels.signed(delta.difference(), 3)
                + (unit == null ? "" : " " + unit) + range + ")";
    }
}
