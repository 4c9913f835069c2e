package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.ModelRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {
    private static final int THREADS = 4;
    private static final int REQUESTS = 300;

    @TempDir
    Path folder;

    @Test
    void aPromotionDuringConcurrentScoringLosesNoRequestAndEveryAnswerNamesItsVersion() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(models, folder)) {
            Set<Integer> versions = ConcurrentHashMap.newKeySet();
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> failures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                failures.add(pool.submit(() -> {
                    List<String> bad = new ArrayList<>();
                    for (int i = 0; i < REQUESTS; i++) {
                        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN);
                        JsonNode body = json(response);
                        if (response.statusCode() != 200 || !body.path("model_version").isInt()) {
                            bad.add(response.statusCode() + " " + response.body());
                        } else {
                            versions.add(body.path("model_version").asInt());
                        }
                        done.incrementAndGet();
                    }
                    return bad;
                }));
            }
            while (done.get() < THREADS * REQUESTS / 3) {
                Thread.sleep(5);
            }
            ModelRegistry.at(models).promote(2, "test", "challenger wins", null);
            List<String> bad = new ArrayList<>();
            for (Future<List<String>> f : failures) {
                bad.addAll(f.get());
            }
            pool.shutdown();
            assertEquals(List.of(), bad);
            assertEquals(THREADS * REQUESTS, done.get());
            assertEquals(Set.of(1, 2), versions, "both the old and the new champion answered");
        }
    }

    @Test
    void aCorruptNewChampionIsRefusedAndTheOldOneKeepsServing() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(models, folder)) {
            assertEquals(1, json(server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN)).path("model_version").asInt());
            Files.writeString(models.resolve("v2").resolve("scorer.json"), "{\"pipeline\": \"garbage\"");
            // The registry would refuse to promote a broken version, so the alias is moved by hand, as a
            // careless copy between machines might.
            Files.writeString(models.resolve("champion"), "{\"version\": 2}\n");
            long deadline = System.currentTimeMillis() + 5000;
            while (!failures(server).contains("propensity_model_reload_failures_total 1.0")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(failures(server).contains("propensity_model_reload_failures_total 1.0"), failures(server));
            HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN);
            assertEquals(200, response.statusCode());
            assertEquals(1, json(response).path("model_version").asInt());
            assertTrue(server.get("/metrics", null).body().contains("propensity_model_version 1.0"));
        }
    }

    @Test
    void promotingACorruptVersionThroughTheApiIsRefusedWith422() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(models, folder)) {
            Files.writeString(models.resolve("v2").resolve("scorer.json"), "[]");
            ScoreApiTest.assertError(server.post("/v1/models/2/promote", TestServer.ADMIN_KEY, ""), 422, "model_refused");
            assertEquals(1, ModelRegistry.at(models).champion().orElseThrow().number());
        }
    }

    @Test
    void promotionAndRollbackThroughTheApiTakeEffectForTheNextRequest() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(models, folder)) {
            HttpResponse<String> promoted = server.post("/v1/models/v2/promote", TestServer.ADMIN_KEY, "{\"why\": \"better AUC\"}");
            assertEquals(200, promoted.statusCode(), promoted.body());
            assertEquals("api:admin", json(promoted).path("who").asText());
            assertEquals(2, json(server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN)).path("model_version").asInt());
            assertEquals(2, json(server.get("/v1/models/champion", TestServer.SCORE_KEY)).path("version").asInt());
            assertEquals(200, server.post("/v1/models/rollback", TestServer.ADMIN_KEY, "").statusCode());
            assertEquals(1, json(server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN)).path("model_version").asInt());
            JsonNode list = json(server.get("/v1/models", TestServer.SCORE_KEY));
            assertEquals(2, list.path("versions").size());
            assertTrue(list.path("versions").get(0).path("metrics").path("test").has("roc_auc"), list.toString());
        }
    }

    private static String failures(TestServer server) {
        return server.get("/metrics", null).body();
    }
}
