package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.report.ReportFiles;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set whose labels are shuffled carries no signal: whatever the split and seed, the model trained on it
 * is published but never promoted, and its report says the data does not support a model and lists no drivers.
 */
class NoSignalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shuffledLabelsAreNeverPromotedAndTheReportSaysWhy() throws IOException {
        Path schema = TinyLeads.write(dir, 1500, 21);
        for (long shuffle = 1; shuffle <= 4; shuffle++) {
            shuffleOutcomes(dir.resolve("leads.csv"), shuffle);
            LeadTable table = new LeadTableLoader(SchemaReader.read(schema)).load();
            ModelRegistry registry = ModelRegistry.at(dir.resolve("models-" + shuffle));
            TrainingRun.Result result = new TrainingRun(registry, TrainingOptions.DEFAULT.withSeed(shuffle),
                    ReportFiles.forTraining(registry)).run(table, true, "test", "shuffled labels");

            GuardVerdict verdict = result.trained().verdict();
            CrossValidation cv = result.trained().crossValidation();
            assertFalse(verdict.promotable(), "shuffle " + shuffle + ": " + verdict + " pooled " + cv.pooledIntervals().rocAuc()
                    + " log loss " + cv.pooled().logLoss() + " vs " + cv.pooledBaseline().logLoss() + " held-out "
                    + result.trained().intervals().rocAuc());
            assertFalse(verdict.dataSupportsModel(), "shuffle " + shuffle + ": " + verdict);
            assertTrue(registry.champion().isEmpty(), "shuffle " + shuffle + " became the champion");
            assertTrue(verdict.problems().stream().anyMatch(p -> p.startsWith(BaseRateGuard.PREFIX)), verdict.toString());

            JsonNode report = JSON.readTree(result.version().file(ReportFiles.JSON_FILE).toFile());
            assertTrue(report.path("verdict").asText().startsWith("Not fit to serve: the data does not support a model"),
                    report.path("verdict").asText());
            assertEquals(0, report.path("weights").size(), "no weights presented as drivers");
            String html = Files.readString(result.version().file(ReportFiles.HTML_FILE));
            assertTrue(html.contains("Nothing shown: the held-out leads give no evidence"), "the page says why");
            JsonNode manifest = result.version().manifest();
            assertFalse(manifest.path("guards").path("data_supports_model").asBoolean(true));
            assertTrue(manifest.path("metrics").path("test_intervals").path("roc_auc").path("low").asDouble() <= 0.5
                    || manifest.path("metrics").path("test").path("log_loss").asDouble()
                    >= manifest.path("metrics").path("baseline").path("log_loss").asDouble());
        }
    }

    @Test
    void theSameLeadsWithTheirRealLabelsAreSupported() throws IOException {
        Path schema = TinyLeads.write(dir, 1500, 21);
        TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT)
                .train(new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(trained.verdict().dataSupportsModel(), trained.verdict().toString());
        assertTrue(trained.intervals().rocAuc().low() > 0.5, trained.intervals().rocAuc().toString());
    }

    /** Permutes the last column (the outcome) of the CSV in place; every other column keeps its row. */
    private static void shuffleOutcomes(Path csv, long seed) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            outcomes.add(lines.get(i).substring(lines.get(i).lastIndexOf(',') + 1));
        }
        Collections.shuffle(outcomes, new Random(seed));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            lines.set(i, line.substring(0, line.lastIndexOf(',') + 1) + outcomes.get(i - 1));
        }
        Files.write(csv, lines);
    }
}
