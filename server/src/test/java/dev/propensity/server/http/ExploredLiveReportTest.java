package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.persona.DealColumns;
import dev.propensity.persona.PersonaSettings;
import dev.propensity.persona.PersonaSettingsReader;
import dev.propensity.persona.PersonaStep;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.PersonaSample;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exploration share end to end over HTTP: leads scored, some of them explored, outcomes posted, and the live
 * report (JSON and page) counting the explored leads, their outcomes and each drawn rep's wins.
 */
class ExploredLiveReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEADS = 60;
    private static final int CLOSED = 40;

    @TempDir
    Path folder;

    @Test
    void theLiveReportSaysWhatTheExploredLeadsHaveMeasuredSoFar() throws IOException {
        Path models = trainWithHalfExplored();
        try (TestServer server = TestServer.start(models, folder)) {
            long explored = 0;
            long exploredClosed = 0;
            Map<String, long[]> byRep = new TreeMap<>();
            for (int i = 0; i < LEADS; i++) {
                String id = "L-explore-" + i;
                var response = server.post("/v1/score", TestServer.SCORE_KEY, lead(id, 1 + i % 5));
                assertEquals(200, response.statusCode(), response.body());
                JsonNode recommendations = JSON.readTree(response.body()).path("recommendations");
                boolean drawn = recommendations.path("exploration").asBoolean() && recommendations.path("reps").size() > 0;
                boolean won = i % 3 == 0;
                if (i < CLOSED) {
                    String outcome = "{\"lead_id\": \"" + id + "\", \"outcome\": \"" + (won ? "won" : "lost")
                            + "\", \"close_date\": \"2026-01-15\", \"idempotency_key\": \"k-" + id + "\"}";
                    assertEquals(201, server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome).statusCode());
                }
                if (drawn) {
                    explored++;
                    long[] counts = byRep.computeIfAbsent(recommendations.path("reps").get(0).path("rep").asText(),
                            r -> new long[3]);
                    counts[0]++;
                    if (i < CLOSED) {
                        exploredClosed++;
                        counts[1]++;
                        counts[2] += won ? 1 : 0;
                    }
                }
            }
            assertTrue(explored > 5 && explored < LEADS - 5, "about half the leads are explored: " + explored);

            JsonNode exploration = ReportPages.json(server, "/reports/live").path("exploration");
            assertEquals(explored, exploration.path("explored").asLong(), exploration.toString());
            assertEquals(exploredClosed, exploration.path("outcomes").asLong(), exploration.toString());
            assertEquals(byRep.size(), exploration.path("reps").size(), exploration.toString());
            double m = exploration.path("win_rate").asDouble();
            for (JsonNode rep : exploration.path("reps")) {
                long[] expected = byRep.get(rep.path("rep").asText());
                assertEquals(expected[0], rep.path("leads").asLong(), rep.toString());
                assertEquals(expected[1], rep.path("outcomes").asLong(), rep.toString());
                assertEquals(expected[2], rep.path("wins").asLong(), rep.toString());
                assertEquals((expected[2] + 2 * m) / (expected[1] + 2), rep.path("smoothed_win_rate").asDouble(), 1e-9);
            }
            String sentence = exploration.path("sentence").asText();
            assertTrue(sentence.startsWith("Too little to tell yet: " + explored + " explored leads, " + exploredClosed
                    + " outcomes back"), sentence);

            String page = ReportPages.get(server, "/reports/live", TestServer.SCORE_KEY, ReportPages.HTML).body();
            assertTrue(page.contains("Explored rep assignments") && page.contains("Too little to tell yet"), page);
            assertTrue(page.contains("data-key=\"/exploration/explored\" data-value=\"" + (double) explored + "\""), page);
        }
    }

    private Path trainWithHalfExplored() throws IOException {
        Path schemaFile = PersonaSample.write(folder, text -> text.replace("\"exploration_share\": 0.05", "\"exploration_share\": 0.5"));
        Schema schema = SchemaReader.read(schemaFile);
        PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow();
        assertEquals(0.5, settings.explorationShare());
        LeadTable wide = new LeadTableLoader(DealColumns.widen(schema, settings)).load();
        Path models = folder.resolve("models");
        ModelRegistry registry = ModelRegistry.at(models);
        new TrainingRun(registry, TrainingOptions.DEFAULT, PersonaStep.wrap((t, v) -> Map.of(), registry, settings, wide,
                Map.of())).run(DealColumns.narrow(wide, schema), true, "test", "exploration");
        return models;
    }

    /** A surveyed lead; {@code answer} moves the survey so that the leads fall into more than one persona. */
    private static String lead(String id, int answer) {
        return "{\"lead_id\": \"" + id + "\", \"industry\": \"Software\", \"employees\": 40, \"country\": \"Germany\","
                + " \"contact_title\": \"Data Analyst\", \"product\": \"Sales CRM\", \"lead_source\": \"web\","
                + " \"web_visits\": 20, \"values_references\": " + answer + ", \"needs_roi_proof\": " + (6 - answer)
                + ", \"compares_vendors\": 3, \"early_adopter\": " + answer + ", \"reads_research\": 5,"
                + " \"ready_to_commit\": " + (6 - answer) + "}";
    }
}
