package dev.propensity.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LiveReportCommandTest {
    @TempDir
    Path folder;
    private Path models;
    private String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void aChampionAndAStoreWithThreeScores() throws IOException {
        Path schema = TinyLeads.write(folder, 600, 7);
        models = folder.resolve("models");
        new TrainingRun(ModelRegistry.at(models), TrainingOptions.DEFAULT, t -> Map.of())
                .run(new LeadTableLoader(SchemaReader.read(schema)).load(), true, "test", "for reports");
        db = "jdbc:sqlite:" + folder.resolve("feedback.db").toAbsolutePath();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (FeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.of(db))) {
            store.logScores(List.of(
                    score("L-1", "{\"industry\": \"Software\", \"employees\": 900.0, \"requested_call\": true}", now.minusSeconds(60)),
                    score("L-2", "{\"industry\": \"Retail\", \"employees\": 12.0}", now.minusSeconds(50)),
                    // Older than 30 days, inside 90.
                    score("L-3", "{\"industry\": \"Health\", \"employees\": 40.0}", now.minus(45, ChronoUnit.DAYS))));
        }
    }

    private static ScoreRecord score(String lead, String input, Instant at) {
        return new ScoreRecord(lead, 1, 0.4, 40, input, at, "req-" + lead);
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void reportLiveWritesTheChampionsLiveReportAndPrintsItsAlerts() throws IOException {
        Path target = folder.resolve("live");
        assertEquals(0, run("report", "--live", "--models", models.toString(), "--db", db, "--out", target.toString()), err.toString());
        JsonNode report = new ObjectMapper().readTree(target.resolve("report.json").toFile());
        assertEquals("v1", report.path("subject").asText());
        assertEquals(2, report.path("scored").asLong());
        assertTrue(Files.readString(target.resolve("report.html")).contains("id=\"report-data\""));
        assertTrue(out.toString().contains("live report of v1 over 30 days (2 leads scored, 0 outcomes)"), out.toString());
        assertTrue(out.toString().contains("[info] Only 0 outcomes came back"), out.toString());
    }

    @Test
    void daysWidensTheWindowAndTheDefaultFolderIsInTheRegistry() throws IOException {
        assertEquals(0, run("report", "--live", "--days", "90", "--models", models.toString(), "--db", db), err.toString());
        JsonNode report = new ObjectMapper().readTree(models.resolve("reports/live/report.json").toFile());
        assertEquals(90, report.path("window_days").asInt());
        assertEquals(3, report.path("scored").asLong());
    }

    @Test
    void aBadWindowOrAVersionWithLiveIsAUsageError() {
        assertEquals(2, run("report", "--live", "--days", "0", "--models", models.toString(), "--db", db));
        assertTrue(err.toString().contains("--days"), err.toString());
        assertEquals(2, run("report", "1", "--live", "--models", models.toString(), "--db", db));
        assertEquals(2, run("report", "--models", models.toString()));
    }

    @Test
    void withoutLiveTheVersionReportIsTheTrainersCommand() {
        assertEquals(0, run("report", "v1", "--models", models.toString()), err.toString());
        assertTrue(out.toString().contains("re-created the report of v1"), out.toString());
        assertTrue(Files.isRegularFile(models.resolve("reports/v1/report.html")));
    }

    @Test
    void withoutAChampionTheLiveReportFailsWithASentence() {
        assertEquals(2, run("report", "--live", "--models", folder.resolve("none").toString(), "--db", db));
        assertTrue(err.toString().contains("no champion"), err.toString());
    }
}
