package dev.propensity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.cli.PropensityCommand;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports written by a real training run into a version folder: the page says what the JSON says, the second
 * model is compared with the champion, the known truth shows in the weights, and the {@code report} verb
 * re-creates the same figures from the version alone.
 */
class ReportFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CARD = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"");
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    static Path dir;
    static Path models;
    static ModelRegistry registry;
    static ModelVersion first;
    static ModelVersion second;

    @BeforeAll
    static void trainTwice() throws IOException {
        Path schema = TinyLeads.write(dir, 3000, 11);
        // The tiny schema with industry as a segment, so the report breaks quality down by it.
        Files.writeString(schema, TinyLeads.SCHEMA.replace("\"exclude\"", "\"segments\": [\"industry\"],\n  \"exclude\""));
        LeadTable table = new LeadTableLoader(SchemaReader.read(schema)).load();
        models = dir.resolve("models");
        registry = ModelRegistry.at(models);
        TrainingRun run = new TrainingRun(registry, TrainingOptions.DEFAULT, ReportFiles.forTraining(registry));
        first = run.run(table, true, "test", "first").version();
        second = new TrainingRun(registry, TrainingOptions.DEFAULT.withSeed(5), ReportFiles.forTraining(registry))
                .run(table, false, "test", "second").version();
    }

    private static JsonNode json(ModelVersion version) throws IOException {
        return JSON.readTree(version.file(ReportFiles.JSON_FILE).toFile());
    }

    @Test
    void bothFilesAreInTheVersionFolderWithEverySection() throws IOException {
        assertTrue(Files.isRegularFile(first.file(ReportFiles.HTML_FILE)));
        JsonNode report = json(first);
        for (String key : new String[] {"title", "subject", "generated_at", "verdict", "data", "discrimination",
                "calibration", "ranking", "segments", "weights", "comparison"}) {
            assertTrue(report.has(key), key);
        }
        assertTrue(report.path("data").path("rows").asLong() == 3000);
        assertEquals(first.label(), report.path("subject").asText(), "the report names the version it describes");
        assertEquals(second.label(), json(second).path("subject").asText());
        assertEquals(10, report.path("ranking").path("deciles").size());
        assertTrue(report.path("discrimination").path("roc").size() > 10);
        assertTrue(report.path("verdict").asText().startsWith("Not fit to serve") == !report.path("data").path("promotable").asBoolean());
    }

    @Test
    void thePageCarriesExactlyTheFiguresOfTheJson() throws IOException {
        JsonNode report = json(first);
        String html = Files.readString(first.file(ReportFiles.HTML_FILE));
        Matcher data = DATA.matcher(html);
        assertTrue(data.find(), "embedded report data");
        assertEquals(report, JSON.readTree(data.group(1)));
        Matcher card = CARD.matcher(html);
        int cards = 0;
        while (card.find()) {
            cards++;
            JsonNode value = report.at(card.group(1));
            assertFalse(value.isMissingNode(), card.group(1));
            if (card.group(2).equals("null")) {
                assertTrue(value.isNull(), card.group(1));
            } else {
                assertEquals(value.asDouble(), Double.parseDouble(card.group(2)), 0.0, card.group(1));
            }
        }
        assertTrue(cards >= 8, "metric cards: " + cards);
        assertTrue(html.contains("Chart.js v4"), "Chart.js inlined");
        assertFalse(html.contains("src=\"http"), "no outside scripts");
    }

    @Test
    void theFirstModelHasNothingToCompareWithAndTheSecondIsComparedWithTheChampion() throws IOException {
        assertTrue(json(first).path("comparison").isNull());
        JsonNode comparison = json(second).path("comparison");
        assertEquals("v1", comparison.path("against").asText());
        JsonNode auc = comparison.path("metrics").get(0);
        assertEquals("roc_auc", auc.path("metric").asText());
        assertEquals(first.manifest().at("/metrics/test/roc_auc").asDouble(), auc.path("previous").asDouble(), 0.0);
        assertEquals(second.manifest().at("/metrics/test/roc_auc").asDouble(), auc.path("current").asDouble(), 0.0);
        assertTrue(comparison.path("verdict").asText().contains("ranking"), comparison.path("verdict").asText());
        // Both manifests carry standard errors: the judgement reads the difference's interval.
        assertEquals("interval", auc.path("basis").asText());
        double se1 = first.manifest().at("/metrics/test_intervals/roc_auc/standard_error").asDouble();
        double se2 = second.manifest().at("/metrics/test_intervals/roc_auc/standard_error").asDouble();
        double half = 1.959963984540054 * Math.sqrt(se1 * se1 + se2 * se2);
        assertEquals(auc.path("difference").asDouble() - half, auc.path("difference_low").asDouble(), 1e-12);
        assertEquals(Math.abs(auc.path("difference").asDouble()) <= half,
                auc.path("judgement").asText().equals("similar"), auc.toString());
    }

    @Test
    void theReportAndTheManifestSayHowSureEveryFigureIs() throws IOException {
        JsonNode intervals = json(first).path("intervals");
        for (String figure : new String[] {"roc_auc", "pr_auc", "top_decile_lift", "ece", "log_loss", "brier"}) {
            JsonNode i = intervals.path(figure);
            assertTrue(i.path("low").asDouble() <= i.path("estimate").asDouble()
                    && i.path("estimate").asDouble() <= i.path("high").asDouble(), figure + " " + i);
            assertEquals(i, first.manifest().at("/metrics/test_intervals/" + figure), figure);
        }
        assertEquals("DeLong", intervals.path("roc_auc").path("method").asText());
        assertTrue(json(first).path("verdict").asText().contains("95 % CI"), json(first).path("verdict").asText());
        assertTrue(Files.readString(first.file(ReportFiles.HTML_FILE)).contains("How sure: every figure"));
    }

    @Test
    void theWeightsShowTheKnownTruthInWords() throws IOException {
        JsonNode weights = json(first).path("weights");
        JsonNode industry = null;
        for (JsonNode w : weights) {
            if (w.path("field").asText().equals("industry")) {
                industry = w;
            }
        }
        assertNotNull(industry);
        // The truth: software raises the log-odds by 1.2, retail lowers them by 0.8.
        assertEquals("software", industry.path("raises").get(0).path("level").asText());
        assertEquals("retail", industry.path("lowers").get(0).path("level").asText());
        assertTrue(industry.path("sentence").asText().contains("“software” raises"), industry.path("sentence").asText());
        assertTrue(weights.get(0).path("mean_abs_contribution").asDouble()
                >= weights.get(weights.size() - 1).path("mean_abs_contribution").asDouble());
    }

    @Test
    void segmentsBelowTheMinimumAreMarkedSmallWithoutAnAuc() throws IOException {
        JsonNode segments = json(first).path("segments");
        assertTrue(segments.size() >= 5);
        for (JsonNode s : segments) {
            assertEquals("industry", s.path("field").asText());
            boolean small = s.path("count").asLong() < SegmentQuality.DEFAULT_MIN_COUNT;
            assertEquals(small, s.path("small").asBoolean());
            if (small) {
                assertTrue(s.path("auc").isNull());
            } else {
                assertTrue(s.path("auc").isNumber(), s.toString());
            }
        }
    }

    @Test
    void theReportVerbRecreatesTheSameFiguresFromTheVersionAlone() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PropensityCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("report", "v1", "--rebuild", "--models", models.toString());
        assertEquals(0, exit, err.toString());
        Path rebuilt = models.resolve("reports").resolve("v1").resolve(ReportFiles.JSON_FILE);
        assertTrue(out.toString().contains(rebuilt.getParent().resolve(ReportFiles.HTML_FILE).toString()), out.toString());
        JsonNode again = JSON.readTree(rebuilt.toFile());
        JsonNode original = json(first);
        for (String pointer : new String[] {"/discrimination/roc_auc", "/calibration/ece", "/calibration/log_loss",
                "/ranking/wins_captured_top20", "/data/test_rows"}) {
            assertEquals(original.at(pointer).asDouble(), again.at(pointer).asDouble(), 1e-12, pointer);
        }
        assertEquals(original.path("segments"), again.path("segments"));
        assertEquals("v1", again.path("subject").asText());
        // The registry still lists two versions: the reports folder is not mistaken for one.
        assertEquals(2, registry.versions().size());
    }

    @Test
    void withoutRebuildTheVerbPointsAtTheVersionsOwnReport() {
        StringWriter out = new StringWriter();
        int exit = PropensityCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("report", "2", "--models", models.toString());
        assertEquals(0, exit);
        assertTrue(out.toString().contains(second.file(ReportFiles.HTML_FILE).toString()), out.toString());
    }
}
