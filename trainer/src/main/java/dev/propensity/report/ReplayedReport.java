package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.grade.GradingModel;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.train.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report of a published version made again from a {@link VersionReplay}, compared with the version it was
 * published to replace (its recorded parent), as at training time. Shared by the {@code report} command and the
 * server's {@code /reports/{version}}, so both re-create the same report.
 */
public final class ReplayedReport {
    private ReplayedReport() {
    }

    /**
     * @throws dev.propensity.data.DataException when the version's data file is gone or has changed
     */
    public static VersionReport of(ModelRegistry registry, ModelVersion target) {
        TrainedModel trained = VersionReplay.of(registry, target.number());
        // The version it was published to replace: the champion at the time, recorded as its parent.
        Comparison comparison = target.parentVersion().isPresent()
                ? registry.versions().stream().filter(v -> v.number() == target.parentVersion().getAsInt()).findFirst()
                        .flatMap(v -> ReportFiles.against(trained, v)).orElse(null)
                : null;
        return VersionReport.of(trained, target.label(), comparison, SegmentQuality.DEFAULT_MIN_COUNT, grades(target));
    }

    /** The grade report measured at training, from the version's {@code grading.json}; null when it has none. */
    static JsonNode grades(ModelVersion version) {
        Path file = version.file(GradingModel.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode report = new ObjectMapper().readTree(file.toFile()).get("report");
            return report == null || report.isNull() ? null : report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
