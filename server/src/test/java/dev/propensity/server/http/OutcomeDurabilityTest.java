package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the server acknowledged may be lost: clients post outcomes as fast as they can while the server process
 * is killed with SIGKILL and started again on the same store; afterwards every outcome that got a 2xx answer is
 * stored, and none twice (clients resend what got no answer, with the same idempotency key).
 */
class OutcomeDurabilityTest {
    private static final String KEY = "feedback-key-0123456789";

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedOutcomeSurvivesAKillAndNoneIsStoredTwiceOnSqlite() throws Exception {
        Path db = folder.resolve("feedback.db");
        killAndRestartWhilePosting("jdbc:sqlite:" + db, DatabaseConfig.sqliteFile(db));
    }

    @Test
    void everyAcknowledgedOutcomeSurvivesAKillAndNoneIsStoredTwiceOnPostgresql() throws Exception {
        String url = System.getenv().getOrDefault("PROPENSITY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("PROPENSITY_TEST_PG_USER", "postgres");
        String schema = "durability_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, null);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        try {
            killAndRestartWhilePosting(url + (url.contains("?") ? "&" : "?") + "user=" + user + "&currentSchema=" + schema,
                    DatabaseConfig.of(url).withCredentials(user, null).withSchema(schema));
        } finally {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, null);
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void killAndRestartWhilePosting(String serverDbUrl, DatabaseConfig verify) throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        int port = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

        Process server = startServer(models, serverDbUrl, port);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            Thread thread = new Thread(() -> postUntilStopped(client, port, next, running, acknowledged));
            thread.start();
            clients.add(thread);
        }
        waitUntil(() -> acknowledged.size() >= 200, "outcomes acknowledged before the kill");
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int beforeKill = acknowledged.size();

        server = startServer(models, serverDbUrl, port);
        waitUntil(() -> acknowledged.size() >= beforeKill + 200, "outcomes acknowledged after the restart");
        running.set(false);
        for (Thread thread : clients) {
            thread.join(30_000);
        }
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);

        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(verify)) {
            for (String key : acknowledged) {
                assertTrue(store.findOutcome(key).isPresent(), "acknowledged outcome " + key + " is stored");
            }
            long stored = store.countOutcomes();
            assertTrue(stored >= acknowledged.size() && stored <= next.get(),
                    "one row per idempotency key: " + stored + " rows, " + next.get() + " keys sent");
            assertEquals(stored, distinctKeys(store, next.get()), "no outcome is stored twice");
        }
    }

    private static long distinctKeys(JdbcFeedbackStore store, int sent) {
        long found = 0;
        for (int i = 0; i < sent; i++) {
            if (store.findOutcome("durable-" + i).isPresent()) {
                found++;
            }
        }
        return found;
    }

    /** Posts one outcome per request; a request without an answer is resent with the same key until answered. */
    private static void postUntilStopped(HttpClient client, int port, AtomicInteger next, AtomicBoolean running,
                                         Set<String> acknowledged) {
        while (running.get()) {
            int n = next.getAndIncrement();
            String key = "durable-" + n;
            String body = "{\"lead_id\":\"L" + n + "\",\"outcome\":\"" + (n % 3 == 0 ? "won" : "lost")
                    + "\",\"close_date\":\"2026-01-15\",\"idempotency_key\":\"" + key + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/outcomes"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() / 100 == 2) {
                        acknowledged.add(key);
                        break;
                    }
                } catch (IOException e) {
                    // The server is down or was killed mid-request: resend the same key once it is back.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sleep(20);
            }
        }
    }

    private static Process startServer(Path models, String dbUrl, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.propensity.server.cli.Main", "serve",
                "--models", models.toString(), "--port", Integer.toString(port), "--db", dbUrl);
        builder.environment().put("PROPENSITY_API_KEY", KEY);
        builder.redirectErrorStream(true).redirectOutput(models.resolveSibling("server-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
