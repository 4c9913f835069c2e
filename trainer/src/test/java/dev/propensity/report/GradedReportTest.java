package dev.propensity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.grade.GradingFiles;
import dev.propensity.grade.GradingModel;
import dev.propensity.grade.GradingSpecReader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graded version's report: its grade section is the grade report of {@code grading.json} (one computation), the
 * page shows every grade figure with the JSON's exact value, and the quadrants hold the same leads as the grades.
 */
class GradedReportTest {
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIGURE = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static ModelVersion version;

    @BeforeAll
    static void trainAGradedVersion() throws IOException {
        new SyntheticCrm(new GeneratorSettings(4_000, 3, false)).generate(dir, n -> { });
        Schema shipped = SchemaReader.read(SCHEMA);
        Schema schema = new Schema(shipped.name(), Optional.empty(), shipped.format(), shipped.id(), shipped.label(),
                shipped.timestamp(), shipped.survey(), shipped.features(), shipped.excluded(), shipped.segments());
        LeadTable table = new LeadTableLoader(schema).load(dir.resolve("opportunities.csv"), Optional.of(dir.resolve("surveys.csv")));
        ModelRegistry registry = ModelRegistry.at(dir.resolve("models"));
        TrainingRun run = new TrainingRun(registry, TrainingOptions.DEFAULT,
                GradingFiles.with(GradingSpecReader.read(SCHEMA, schema), ReportFiles.forGradedTraining(registry)));
        version = run.run(table, true, "test", "graded").version();
    }

    private static JsonNode report() throws IOException {
        return JSON.readTree(version.file(ReportFiles.JSON_FILE).toFile());
    }

    @Test
    void theReportsGradesAreTheGradingFilesHeldOutReport() throws IOException {
        JsonNode grading = JSON.readTree(version.file(GradingModel.FILE).toFile());
        JsonNode grades = report().path("grades");
        assertEquals(grading.path("report"), grades);
        assertEquals(4, grades.path("by_grade").size());
        assertEquals(4, grades.path("quadrants").size());
        assertEquals(2, grades.path("top_grades").size());
        assertTrue(grades.path("check").asText().contains("A converts"), grades.path("check").asText());
    }

    @Test
    void withoutRulesEachQuadrantHoldsExactlyTheLeadsOfItsGrade() throws IOException {
        JsonNode grades = report().path("grades");
        long total = 0;
        for (JsonNode cell : grades.path("quadrants")) {
            String grade = cell.path("grade").asText();
            JsonNode row = grades.path("by_grade").get("ABCD".indexOf(grade));
            assertEquals(row.path("leads").asLong(), cell.path("leads").asLong(), grade);
            assertEquals(row.path("conversion").asDouble(), cell.path("conversion").asDouble(), 1e-12, grade);
            total += cell.path("leads").asLong();
        }
        assertEquals(grades.path("rows").asLong(), total);
    }

    @Test
    void thePageShowsEveryGradeFigureWithTheJsonsValue() throws IOException {
        JsonNode report = report();
        String html = Files.readString(version.file(ReportFiles.HTML_FILE));
        assertTrue(html.contains("Grades: does A convert more often than D?"));
        assertTrue(html.contains("Fit × engagement"));
        Matcher figure = FIGURE.matcher(html);
        int gradeFigures = 0;
        while (figure.find()) {
            JsonNode value = report.at(figure.group(1));
            assertFalse(value.isMissingNode(), figure.group(1));
            if (figure.group(2).equals("null")) {
                assertTrue(value.isNull(), figure.group(1));
            } else {
                assertEquals(value.asDouble(), Double.parseDouble(figure.group(2)), 0.0, figure.group(1));
            }
            gradeFigures += figure.group(1).startsWith("/grades/") ? 1 : 0;
        }
        // 3 cards + 4 grades × 7 figures + 4 quadrants × 6 figures (leads, share, wins, conversion and its
        // interval; no won value: training exports carry no amounts).
        assertEquals(3 + 28 + 24, gradeFigures);
        String a = report.path("grades").path("by_grade").get(0).path("conversion").asText();
        assertTrue(html.contains("data-key=\"/grades/by_grade/0/conversion\" data-value=\"" + a + "\">"
                + Labels.percent(Double.parseDouble(a)) + "</span>"), "A's conversion as the page shows it");
    }

    @Test
    void theReportMadeAgainFromTheVersionHasTheSameGrades() throws IOException {
        ModelRegistry registry = ModelRegistry.at(dir.resolve("models"));
        JsonNode replayed = ReportJson.tree(ReplayedReport.of(registry, version)).path("grades");
        assertEquals(report().path("grades"), replayed);
    }
}
