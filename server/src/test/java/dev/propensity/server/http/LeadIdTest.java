package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRM's lead id is honoured and logged whatever the training export had, as bank-full's schema has no id. */
class LeadIdTest {
    @TempDir
    Path folder;

    @Test
    void aModelTrainedWithoutAnIdColumnStillAnswersAndLogsTheLeadId() throws IOException {
        Path schema = TinyLeads.write(folder, 300, 5);
        Files.writeString(schema, Files.readString(schema).replace("\"id\": \"lead_id\",", ""));
        Path models = folder.resolve("models");
        new TrainingRun(ModelRegistry.at(models), TrainingOptions.DEFAULT, t -> Map.of())
                .run(new LeadTableLoader(SchemaReader.read(schema)).load(), true, "test", "no id column");
        try (TestServer server = TestServer.start(models, folder)) {
            HttpResponse<String> scored = server.post("/v1/score", TestServer.SCORE_KEY,
                    "{\"lead_id\": \"CRM-0042\", \"industry\": \"Software\", \"employees\": 80, \"requested_call\": true,"
                            + " \"noise\": 0.1, \"favourite_colour\": \"blue\"}");
            assertEquals(200, scored.statusCode(), scored.body());
            JsonNode answer = json(scored);
            assertEquals("CRM-0042", answer.path("lead_id").asText());
            String warnings = answer.path("warnings").toString();
            assertTrue(warnings.contains("favourite_colour") && !warnings.contains("lead_id"), warnings);

            HttpResponse<String> outcome = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY,
                    "{\"lead_id\": \"CRM-0042\", \"outcome\": \"won\", \"close_date\": \"2025-03-31\","
                            + " \"idempotency_key\": \"k-42\"}");
            assertEquals(201, outcome.statusCode(), outcome.body());
            assertTrue(json(outcome).path("outcomes").get(0).path("scored").asBoolean(), "the score was logged: "
                    + outcome.body());
        }
    }
}
