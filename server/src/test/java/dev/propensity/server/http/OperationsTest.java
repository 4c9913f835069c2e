package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsTest {
    @TempDir
    Path folder;

    @Test
    void metricsCountRequestsByRouteTemplateAndStatusAndRecordScores() throws IOException {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN);
            server.post("/v1/models/7/promote", TestServer.ADMIN_KEY, "");
            server.post("/v1/score", null, Leads.KEEN);
            String metrics = server.get("/metrics", null).body();
            assertTrue(metrics.contains("propensity_http_requests_seconds_count{method=\"POST\",route=\"/v1/score\",status=\"200\"} 1"), metrics);
            assertTrue(metrics.contains("route=\"/v1/models/{version}/promote\",status=\"404\""), metrics);
            assertTrue(metrics.contains("propensity_http_errors_total{code=\"unauthorized\"} 1"), metrics);
            assertTrue(metrics.contains("propensity_score_count 1"), metrics);
            assertTrue(metrics.contains("propensity_model_version 1.0"), metrics);
            assertTrue(metrics.contains("propensity_http_requests_seconds_bucket"), metrics);
        }
    }

    @Test
    void theReadyRouteAnswers200OnceAChampionIsLoaded() throws IOException {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            assertEquals(200, server.get("/ready", null).statusCode());
        }
    }

    @Test
    void shutdownWritesEveryScoreToTheStore() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        TestServer server = TestServer.start(models, folder);
        for (int i = 0; i < 20; i++) {
            assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, Leads.withId("L-" + i)).statusCode());
        }
        server.close();
        try (var store = dev.propensity.server.feedback.JdbcFeedbackStore.open(
                dev.propensity.server.feedback.DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            assertEquals(20, store.scoresSince(java.time.Instant.EPOCH).size());
        }
    }
}
