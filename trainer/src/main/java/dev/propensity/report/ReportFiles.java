package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.grade.GradingFiles;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingRun;
import dev.propensity.registry.VersionLabel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns reports into the files that go into a version folder or a reports folder. */
public final class ReportFiles {
    public static final String JSON_FILE = "report.json";
    public static final String HTML_FILE = "report.html";
    /**
     * The folder inside the registry for reports made after training (re-created and live ones): version folders
     * are immutable, and the registry ignores this folder.
     */
    public static final String REPORTS_FOLDER = "reports";

    private ReportFiles() {
    }

    /**
     * For {@code TrainingRun}'s extra files: {@code report.json} and {@code report.html} of each trained model,
     * compared with the registry's champion at that moment when there is one.
     */
    public static TrainingRun.VersionFiles forTraining(ModelRegistry registry) {
        return (trained, version) -> {
            Comparison comparison = registry.champion().flatMap(v -> against(trained, v)).orElse(null);
            VersionReport report = VersionReport.of(trained, VersionLabel.format(version),
                    comparison, SegmentQuality.DEFAULT_MIN_COUNT);
            return files(report);
        };
    }

    /** The same for a graded version: the report also shows its held-out grade report ({@code grading.json}'s). */
    public static GradingFiles.WithGrading forGradedTraining(ModelRegistry registry) {
        return (trained, version) -> {
            Comparison comparison = registry.champion().flatMap(v -> against(trained, v)).orElse(null);
            // Measured while the grading is fitted; its held-out grade report is added once known.
            VersionReport report = VersionReport.of(trained, VersionLabel.format(version),
                    comparison, SegmentQuality.DEFAULT_MIN_COUNT, null);
            return grading -> files(report.withGrades(grading.report()));
        };
    }

    /** {@code report.json} and {@code report.html} of a version report. */
    public static Map<String, byte[]> files(VersionReport report) {
        String json = ReportJson.write(report);
        return pair(json, VersionReportHtml.render(report, json));
    }

    /** {@code report.json} and {@code report.html} of a live report. */
    public static Map<String, byte[]> files(LiveReport report) {
        String json = ReportJson.write(report);
        return pair(json, LiveReportHtml.render(report, json));
    }

    /** {@code report.json} and {@code report.html} of a registry's report index. */
    public static Map<String, byte[]> files(ReportIndex index) {
        String json = ReportJson.write(index);
        return pair(json, ReportIndexHtml.render(index, json));
    }

    /** The comparison with another version's manifest, when it has held-out metrics. */
    public static Optional<Comparison> against(TrainedModel trained, ModelVersion other) {
        Optional<JsonNode> metrics = other.manifestValue("/metrics/test");
        JsonNode intervals = other.manifestValue("/metrics/test_intervals").orElse(null);
        return metrics.map(m -> Comparison.of(trained.test(), trained.intervals(), m, intervals, other.label()));
    }

    private static Map<String, byte[]> pair(String json, String html) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON_FILE, json.getBytes(StandardCharsets.UTF_8));
        files.put(HTML_FILE, html.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
