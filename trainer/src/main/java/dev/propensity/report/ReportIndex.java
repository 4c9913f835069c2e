package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The registry's reports at a glance: every version with its key held-out metrics from its manifest and a link
 * to its report, and a link to the champion's live report. Written as JSON by {@link ReportJson} and as a page
 * by {@link ReportIndexHtml}.
 *
 * @param title       "Model reports"
 * @param generatedAt when the index was made (ISO-8601)
 * @param champion    the champion's label, null when there is none
 * @param liveReport  the link to the champion's live report
 * @param versions    the versions, newest first
 */
public record ReportIndex(String title, String generatedAt, String champion, String liveReport, List<Entry> versions) {

    /**
     * One version. A metric missing from the manifest is NaN (null in JSON).
     *
     * @param version   its label, such as "v3"
     * @param createdAt when it was published (ISO-8601)
     * @param champion  whether it is the champion
     * @param testRows  held-out leads it was measured on
     * @param rocAuc    held-out ROC AUC
     * @param prAuc     held-out PR AUC
     * @param brier     held-out Brier score
     * @param ece       held-out expected calibration error
     * @param report    the link to its report
     */
    public record Entry(String version, String createdAt, boolean champion, long testRows, double rocAuc, double prAuc,
                        double brier, double ece, String report) {
    }

    public ReportIndex {
        versions = List.copyOf(versions);
    }

    /**
     * The index of {@code registry}; links are {@code linkBase} followed by a version label or {@code live}, such
     * as {@code /reports/v3}.
     */
    public static ReportIndex of(ModelRegistry registry, String linkBase) {
        Optional<ModelVersion> champion = registry.champion();
        List<Entry> entries = new ArrayList<>();
        List<ModelVersion> versions = new ArrayList<>(registry.versions());
        versions.sort(Comparator.comparingInt(ModelVersion::number).reversed());
        for (ModelVersion v : versions) {
            JsonNode test = v.manifestValue("/metrics/test").orElse(null);
            entries.add(new Entry(v.label(), v.createdAt().toString(),
                    champion.map(c -> c.number() == v.number()).orElse(false), test == null ? 0 : test.path("rows").asLong(),
                    metric(test, "roc_auc"), metric(test, "pr_auc"), metric(test, "brier"), metric(test, "ece"),
                    linkBase + v.label()));
        }
        return new ReportIndex("Model reports", Instant.now().toString(), champion.map(ModelVersion::label).orElse(null),
                linkBase + "live", entries);
    }

    private static double metric(JsonNode test, String key) {
        JsonNode value = test == null ? null : test.get(key);
        return value != null && value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
