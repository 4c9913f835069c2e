package dev.propensity.server.http;

import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.Limits;
import dev.propensity.server.config.Scope;
import dev.propensity.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/** A real server on a free port over a test's own registry and SQLite file, with an HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final String SCORE_KEY = "score-key-0123456789";
    static final String FEEDBACK_KEY = "feedback-key-0123456789";
    static final String ADMIN_KEY = "admin-key-0123456789";
    static final int MAX_BATCH = 5;
    static final long MAX_BODY = 4096;

    private final PropensityServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(PropensityServer server) {
        this.server = server;
    }

    static ServerConfig config(Path models, Path folder) {
        List<KeySpec> keys = List.of(
                new KeySpec("scorer", SCORE_KEY, EnumSet.of(Scope.SCORE)),
                new KeySpec("crm", FEEDBACK_KEY, EnumSet.of(Scope.FEEDBACK)),
                new KeySpec("admin", ADMIN_KEY, EnumSet.allOf(Scope.class)));
        return new ServerConfig("127.0.0.1", 0, models, "jdbc:sqlite:" + folder.resolve("feedback.db").toAbsolutePath(),
                keys, new Limits(MAX_BATCH, MAX_BODY), Duration.ofMillis(100));
    }

    /** A server on a free port over a copy of the trained test registry in {@code folder}, its store there too. */
    static TestServer startWithChampion(Path folder) throws java.io.IOException {
        return start(TrainedRegistry.copyInto(java.nio.file.Files.createDirectories(folder.resolve("models"))), folder);
    }

    static TestServer start(Path models, Path folder) {
        return start(config(models, folder));
    }

    static TestServer start(ServerConfig config) {
        return new TestServer(PropensityServer.start(config));
    }

    PropensityServer server() {
        return server;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> post(String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(key == null ? request : request.header("Authorization", "Bearer " + key));
    }

    HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return send(key == null ? request : request.header("Authorization", "Bearer " + key));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The retrain job {@code id} as {@code GET /v1/retrain/{id}} shows it once it has succeeded or failed, or as it
     * stands after two minutes.
     */
    com.fasterxml.jackson.databind.JsonNode finishedRetrain(String id) throws IOException, InterruptedException {
        com.fasterxml.jackson.databind.JsonNode job = null;
        for (int attempt = 0; attempt < 1200; attempt++) {
            job = ScoreApiTest.json(get("/v1/retrain/" + id, ADMIN_KEY));
            String state = job.path("state").asText();
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        return job;
    }

    @Override
    public void close() {
        server.close();
    }
}
