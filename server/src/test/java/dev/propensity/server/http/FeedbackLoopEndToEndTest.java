package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.CsvRows;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on the synthetic CRM, over real HTTP: a champion trained on a small history serves; the CRM scores
 * new leads and later posts their outcomes; an admin starts a retrain; the challenger, having learned from the
 * outcomes, is promoted, the server serves it without a restart, and the history says why.
 */
class FeedbackLoopEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic.schema.json");

    @TempDir
    Path folder;

    @Test
    void outcomesPostedForScoredLeadsTrainAChallengerThatIsPromotedAndServed() throws Exception {
        Path history = folder.resolve("history");
        new SyntheticCrm(new GeneratorSettings(1500, 1, false)).generate(history, n -> { });
        Schema schema = SchemaReader.read(SCHEMA);
        Path models = Files.createDirectories(folder.resolve("models"));
        ModelRegistry registry = ModelRegistry.at(models);
        new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of()).run(
                new LeadTableLoader(schema).load(history.resolve("opportunities.csv"), Optional.of(history.resolve("surveys.csv"))),
                true, "test", "first champion from a short history");
        assertEquals(1, registry.champion().orElseThrow().number());

        Path fresh = folder.resolve("fresh");
        new SyntheticCrm(new GeneratorSettings(3000, 2, false)).generate(fresh, n -> { });
        List<Map<String, String>> leads = joined(fresh, schema);

        try (TestServer server = TestServer.start(models, folder)) {
            for (Map<String, String> lead : leads) {
                ObjectNode body = MAPPER.createObjectNode();
                schema.features().forEach(f -> {
                    String value = lead.get(f.name());
                    if (value != null) {
                        body.put(f.name(), value);
                    }
                });
                body.put("lead_id", lead.get("lead_id"));
                HttpResponse<String> scored = server.post("/v1/score", TestServer.SCORE_KEY, body.toString());
                assertEquals(200, scored.statusCode(), scored.body());
                assertEquals(1, json(scored).path("model_version").asInt());
            }
            postOutcomes(server, leads);

            HttpResponse<String> started = server.post("/v1/retrain", TestServer.ADMIN_KEY, "");
            assertEquals(202, started.statusCode(), started.body());
            String id = json(started).path("id").asText();
            assertEquals(403, server.get("/v1/retrain/" + id, TestServer.SCORE_KEY).statusCode());
            JsonNode job = server.finishedRetrain(id);
            assertEquals("succeeded", job.path("state").asText(), job.toString());
            JsonNode result = job.path("result");
            assertTrue(result.path("promoted").asBoolean(), result.toString());
            assertEquals(2, result.path("challenger_version").asInt(), result.toString());

            JsonNode servedBy = null;
            for (int attempt = 0; attempt < 100; attempt++) {
                servedBy = json(server.post("/v1/score", TestServer.SCORE_KEY, "{\"industry\": \"Software\"}"));
                if (servedBy.path("model_version").asInt() == 2) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(2, servedBy.path("model_version").asInt(), "the server serves the new champion");
        }
        HistoryEntry last = registry.history().get(registry.history().size() - 1);
        assertEquals("promote", last.action().word());
        assertEquals(2, last.to());
        assertTrue(last.metrics().has("champion") && last.metrics().has("challenger"), last.metrics().toString());
        assertTrue(!last.why().isBlank(), "the history says why");
    }

    private static void postOutcomes(TestServer server, List<Map<String, String>> leads) throws IOException {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < leads.size(); i++) {
            Map<String, String> lead = leads.get(i);
            String outcome = "{\"lead_id\":\"" + lead.get("lead_id") + "\",\"outcome\":\"" + lead.get("outcome")
                    + "\",\"close_date\":\"" + lead.get("closed_date") + "\",\"idempotency_key\":\"close-"
                    + lead.get("lead_id") + "\"}";
            batch.append(batch.length() == 0 ? "[" : ",").append(outcome);
            // The test server's body limit is 4 KiB: post in small batches.
            if (batch.length() > 3000 || i == leads.size() - 1) {
                HttpResponse<String> posted = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, batch.append("]").toString());
                assertEquals(201, posted.statusCode(), posted.body());
                batch.setLength(0);
            }
        }
    }


    /** The generated opportunities with their survey answers, as the CRM would send them, in file order. */
    private static List<Map<String, String>> joined(Path folder, Schema schema) throws IOException {
        Map<String, Map<String, String>> surveys = new HashMap<>();
        for (Map<String, String> row : CsvRows.read(folder.resolve("surveys.csv"))) {
            surveys.put(row.get("lead_id"), row);
        }
        List<Map<String, String>> leads = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(folder.resolve("opportunities.csv"))) {
            Map<String, String> lead = new HashMap<>(row);
            Map<String, String> answers = surveys.get(row.get("lead_id"));
            if (answers != null) {
                answers.forEach(lead::putIfAbsent);
            }
            leads.add(lead);
        }
        return leads;
    }

}
