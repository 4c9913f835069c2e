package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoChampionTest {
    @TempDir
    Path folder;

    @Test
    void withoutAChampionScoringIsA503WithRetryAfterAndTheServerIsNotReady() throws IOException {
        try (TestServer server = TestServer.start(folder.resolve("empty-models"), folder)) {
            HttpResponse<String> score = server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN);
            assertError(score, 503, "no_model");
            assertTrue(score.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, server.get("/ready", null).statusCode());
            assertEquals(200, server.get("/health", null).statusCode());
        }
    }

    @Test
    void aChampionPromotedWhileRunningIsPickedUpAndTheServerBecomesReady() throws Exception {
        Path models = folder.resolve("models");
        TrainedRegistry.copyInto(java.nio.file.Files.createDirectories(models));
        java.nio.file.Files.delete(models.resolve("champion"));
        try (TestServer server = TestServer.start(models, folder)) {
            assertEquals(503, server.get("/ready", null).statusCode());
            dev.propensity.registry.ModelRegistry.at(models).promote(2, "test", "first", null);
            long deadline = System.currentTimeMillis() + 5000;
            while (server.get("/ready", null).statusCode() != 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, ScoreApiTest.json(server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN))
                    .path("model_version").asInt());
        }
    }
}
