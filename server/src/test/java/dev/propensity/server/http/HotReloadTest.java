package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.ChampionWatcher;
import dev.propensity.server.scoring.ModelVersionLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> failures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                failures.add(pool.submit(() -> {
                    List<String> bad = new ArrayList<>();
                    while (!stop.get()) {
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
            try {
                // Each wait has a deadline: a stuck server fails the test instead of hanging the build; and the
                // clients go on until the new version has answered, however slow the watcher is on a busy machine.
                awaitOrFail(() -> done.get() >= REQUESTS, "the first requests");
                ModelRegistry.at(models).promote(2, "test", "challenger wins", null);
                awaitOrFail(() -> versions.contains(2), "an answer from the new champion");
                int afterSwap = done.get();
                awaitOrFail(() -> done.get() >= afterSwap + REQUESTS, "requests after the swap");
            } finally {
                stop.set(true);
                pool.shutdown();
            }
            List<String> bad = new ArrayList<>();
            for (Future<List<String>> f : failures) {
                bad.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), bad);
            assertEquals(Set.of(1, 2), versions, "both the old and the new champion answered");
        }
    }

    @Test
    void anErrorWhileLoadingDoesNotStopHotReload() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        ModelRegistry registry = ModelRegistry.at(models);
        ModelVersionLoader real = new ModelVersionLoader(registry);
        List<Integer> loads = new java.util.concurrent.CopyOnWriteArrayList<>();
        ChampionHolder holder = new ChampionHolder();
        try (ChampionWatcher watcher = new ChampionWatcher(registry, holder, new SimpleMeterRegistry(), version -> {
            loads.add(version);
            if (version == 2) {
                throw new StackOverflowError("a load that blew up");
            }
            return real.load(version);
        })) {
            watcher.start(java.time.Duration.ofMillis(20));
            assertEquals(1, holder.current().orElseThrow().version());
            Files.writeString(models.resolve("champion"), "{\"version\": 2}\n");
            awaitOrFail(() -> loads.contains(2), "the load of v2");
            Files.writeString(models.resolve("champion"), "{\"version\": 1}\n");
            awaitOrFail(() -> loads.size() == 3, "the timer to go on polling after the error: " + loads);
            assertEquals(List.of(1, 2, 1), loads);
            assertEquals(1, holder.current().orElseThrow().version());
        }
    }

    private static void awaitOrFail(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(5);
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
            HttpResponse<String> refused = server.post("/v1/models/2/promote", TestServer.ADMIN_KEY, "");
            ScoreApiTest.assertError(refused, 422, "model_refused");
            assertTrue(!refused.body().contains(folder.toAbsolutePath().toString()), "no server path: " + refused.body());
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
