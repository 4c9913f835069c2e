package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's "done means": two replicas (real server processes) and nginx on loopback, started by the shipped
 * {@code deploy/replicas.sh} over one registry folder and one PostgreSQL schema. Scoring goes through nginx; a
 * promotion through one replica (and a rollback from the CLI) is served by both within 5 s although each polls the
 * alias only once a minute, so it is the champion-change channel that carries it (the time is printed, not
 * asserted); one outcome posted to both replicas at once is stored once; a retrain asked of both runs once; and one
 * replica SIGKILLed under load loses no acknowledged outcome. The kill comes last: the class shares one deployment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasBehindNginxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 60_000;
    private static final long PROPAGATION_BOUND_MILLIS = 5_000;
    private static final String PG_URL = System.getenv().getOrDefault("PROPENSITY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("PROPENSITY_TEST_PG_USER", "postgres");

    // Static: JUnit fills a per-class lifecycle's @BeforeAll from static temp folders only.
    @TempDir
    static Path folder;

    private final String schema = "replicas_" + Long.toHexString(System.nanoTime());
    private Path models;
    private Replicas replicas;

    @BeforeAll
    void startTwoReplicasAndNginx() throws Exception {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "user=" + PG_USER + "&currentSchema=" + schema;
        replicas = Replicas.start(2, models, url, Files.createDirectories(folder.resolve("run")), POLL_MILLIS);
    }

    @AfterAll
    void stopAndDropTheSchema() throws Exception {
        try {
            if (replicas != null) {
                replicas.close();
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, null);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    @Order(1)
    void scoresThroughNginxReachBothReplicasAndLandInTheOneScoreLog() throws Exception {
        int before = count("SELECT COUNT(*) FROM score_log");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = replicas.post(replicas.balancer("/v1/score"), Replicas.KEY, Leads.withId("lb-" + i));
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(1, JSON.readTree(answer.body()).path("model_version").asInt());
        }
        for (int r = 1; r <= 2; r++) {
            HttpResponse<String> direct = replicas.post(replicas.replica(r, "/v1/score"), Replicas.KEY, Leads.withId("direct-" + r));
            assertEquals(200, direct.statusCode(), direct.body());
        }
        // nginx spreads the requests round robin: each replica took some.
        for (int r = 1; r <= 2; r++) {
            String metrics = replicas.get(replicas.replica(r, "/metrics"), null).body();
            assertTrue(scoreRequests(metrics) >= 5, "replica " + r + " served scores through nginx:\n" + scoreLines(metrics));
        }
        waitUntil(() -> count("SELECT COUNT(*) FROM score_log") >= before + 22, "both replicas' scores in the score log");
        assertEquals(before + 22, count("SELECT COUNT(*) FROM score_log"));
        assertEquals(2, count("SELECT COUNT(*) FROM score_log WHERE lead_id IN ('direct-1', 'direct-2')"));
    }

    @Test
    @Order(2)
    void aPromotionThroughOneReplicaIsServedByBothWithinFiveSecondsAndNoRequestFails() throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<Integer> versions = ConcurrentHashMap.newKeySet();
        AtomicBoolean scoring = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            int n = 0;
            while (scoring.get()) {
                try {
                    HttpResponse<String> answer = replicas.post(replicas.balancer("/v1/score"), Replicas.KEY,
                            Leads.withId("during-change-" + n++));
                    if (answer.statusCode() != 200) {
                        failures.add(answer.statusCode() + " " + answer.body());
                    } else {
                        versions.add(JSON.readTree(answer.body()).path("model_version").asInt());
                    }
                } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                }
            }
        });
        load.start();
        try {
            long start = System.nanoTime();
            HttpResponse<String> promoted = replicas.post(replicas.replica(1, "/v1/models/2/promote"), Replicas.ADMIN_KEY,
                    "{\"why\": \"replica test\"}");
            assertEquals(200, promoted.statusCode(), promoted.body());
            long answered = System.nanoTime();
            long[] seen = waitUntilEveryReplicaServes(2, answered);
            System.out.printf("promotion through replica 1 (which loads and checks v2 before it answers: %d ms): served by"
                    + " replica 1 %d ms and replica 2 %d ms after the answer (alias polled every %d s, so LISTEN/NOTIFY"
                    + " carried it)%n", TimeUnit.NANOSECONDS.toMillis(answered - start), seen[0], seen[1], POLL_MILLIS / 1000);

            ProcessBuilder rollback = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.propensity.server.cli.Main", "rollback",
                    "--models", models.toString(), "--why", "replica test: from the CLI").redirectErrorStream(true);
            // The CLI tells the replicas through the store it is configured with, like theirs.
            rollback.environment().put("PROPENSITY_DB_URL", replicas.environment().get("PROPENSITY_DB_URL"));
            Process cli = rollback.start();
            String output = new String(cli.getInputStream().readAllBytes());
            assertTrue(cli.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, cli.exitValue(), output);
            // Timed from the moment the alias moved, as the registry's history records it (the CLI's JVM start and
            // exit are not part of the propagation).
            Instant moved = lastChangeTime();
            long movedNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(Duration.between(moved, Instant.now()).toMillis());
            seen = waitUntilEveryReplicaServes(1, movedNanos);
            System.out.printf("rollback from the CLI served by replica 1 %d ms and replica 2 %d ms after the alias moved%n",
                    seen[0], seen[1]);
        } finally {
            scoring.set(false);
            load.join(60_000);
        }
        assertEquals(List.of(), failures, "no request failed while the champion changed");
        assertTrue(versions.contains(1), "answers name the version that computed them: " + versions);
    }

    @Test
    @Order(3)
    void oneOutcomePostedToBothReplicasAtOnceIsStoredOnce() throws Exception {
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger created = new AtomicInteger();
        int keys = 40;
        for (int k = 0; k < keys; k++) {
            String body = "{\"lead_id\":\"lb-" + (k % 20) + "\",\"outcome\":\"won\",\"amount\":1200.50,"
                    + "\"close_date\":\"2026-03-01\",\"idempotency_key\":\"twice-" + k + "\"}";
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> posters = new ArrayList<>();
            for (int r = 1; r <= 2; r++) {
                int replica = r;
                Thread poster = new Thread(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        HttpResponse<String> answer = replicas.post(replicas.replica(replica, "/v1/outcomes"), Replicas.KEY, body);
                        if (answer.statusCode() == 201) {
                            created.incrementAndGet();
                        } else if (answer.statusCode() != 200) {
                            unexpected.add(answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        unexpected.add(e.toString());
                    }
                });
                poster.start();
                posters.add(poster);
            }
            for (Thread poster : posters) {
                poster.join(60_000);
            }
        }
        assertEquals(List.of(), unexpected, "each post is a 201 (stored) or a 200 (the stored record), never an error");
        assertEquals(keys, created.get(), "exactly one of the two posts of each key stored it");
        assertEquals(keys, count("SELECT COUNT(*) FROM outcome WHERE idempotency_key LIKE 'twice-%'"));
    }

    @Test
    @Order(4)
    void aRetrainAskedOfBothReplicasRunsOnceAndEitherReportsItsProgress() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        String[] ids = new String[2];
        List<String> unexpected = new CopyOnWriteArrayList<>();
        List<Thread> askers = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            int replica = r;
            Thread asker = new Thread(() -> {
                try {
                    together.await(10, TimeUnit.SECONDS);
                    HttpResponse<String> answer = replicas.post(replicas.replica(replica, "/v1/retrain"), Replicas.ADMIN_KEY, "");
                    if (answer.statusCode() != 202) {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    } else {
                        ids[replica - 1] = JSON.readTree(answer.body()).path("id").asText();
                    }
                } catch (Exception e) {
                    unexpected.add(e.toString());
                }
            });
            asker.start();
            askers.add(asker);
        }
        for (Thread asker : askers) {
            asker.join(60_000);
        }
        assertEquals(List.of(), unexpected);
        assertEquals(ids[0], ids[1], "both replicas answer with the one job");
        assertEquals(1, count("SELECT COUNT(*) FROM retrain_job"), "one job was started");
        waitUntil(() -> finished(1, ids[0]) && finished(2, ids[0]), "the job finished, as both replicas report");
        JsonNode one = JSON.readTree(replicas.get(replicas.replica(1, "/v1/retrain/" + ids[0]), Replicas.ADMIN_KEY).body());
        JsonNode two = JSON.readTree(replicas.get(replicas.replica(2, "/v1/retrain/" + ids[0]), Replicas.ADMIN_KEY).body());
        assertEquals(one, two, "either replica reports the same job");
        assertEquals(0, count("SELECT COUNT(*) FROM retrain_job WHERE active_slot IS NOT NULL"), "the slot is free again");
    }

    @Test
    @Order(5)
    void aReplicaKilledUnderLoadLosesNoAcknowledgedOutcome() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            Thread client = new Thread(() -> postUntilStopped(next, running, acknowledged));
            client.start();
            clients.add(client);
        }
        waitUntil(() -> acknowledged.size() >= 150, "outcomes acknowledged before the kill");
        replicas.kill(1);
        int atKill = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= atKill + 150, "outcomes acknowledged through the surviving replica");
        running.set(false);
        for (Thread client : clients) {
            client.join(120_000);
        }
        System.out.printf("SIGKILL of replica 1 under load: %d outcomes acknowledged, %d before the kill%n",
                acknowledged.size(), atKill);

        for (String key : acknowledged) {
            assertEquals(1, count("SELECT COUNT(*) FROM outcome WHERE idempotency_key = '" + key + "'"),
                    "acknowledged outcome " + key + " is stored once");
        }
        int stored = count("SELECT COUNT(*) FROM outcome WHERE idempotency_key LIKE 'kill-%'");
        assertTrue(stored >= acknowledged.size() && stored <= next.get(), stored + " rows for " + next.get() + " keys");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT request_id FROM score_log GROUP BY request_id HAVING COUNT(*) > 1) d"),
                "no score is logged twice");
    }

    /** Posts through nginx; an outcome without a 2xx answer is resent with the same key until it gets one. */
    private void postUntilStopped(AtomicInteger next, AtomicBoolean running, Set<String> acknowledged) {
        while (running.get()) {
            int n = next.getAndIncrement();
            String key = "kill-" + n;
            String body = "{\"lead_id\":\"K" + n + "\",\"outcome\":\"lost\",\"close_date\":\"2026-02-01\","
                    + "\"idempotency_key\":\"" + key + "\"}";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> answer = replicas.post(replicas.balancer("/v1/outcomes"), Replicas.KEY, body);
                    if (answer.statusCode() / 100 == 2) {
                        acknowledged.add(key);
                        break;
                    }
                } catch (IOException e) {
                    // resent below with the same key
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sleep(20);
            }
        }
    }

    private long[] waitUntilEveryReplicaServes(int version, long since) throws Exception {
        long[] seen = new long[replicas.count()];
        long deadline = since + TimeUnit.MILLISECONDS.toNanos(PROPAGATION_BOUND_MILLIS);
        for (int r = 1; r <= replicas.count(); r++) {
            while (servedVersion(r) != version) {
                assertTrue(System.nanoTime() < deadline,
                        "replica " + r + " serves v" + version + " within " + PROPAGATION_BOUND_MILLIS + " ms");
                Thread.sleep(5);
            }
            seen[r - 1] = Math.max(0, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since));
        }
        assertTrue(System.nanoTime() < deadline, "every replica serves v" + version + " within " + PROPAGATION_BOUND_MILLIS + " ms");
        return seen;
    }

    private Instant lastChangeTime() throws IOException {
        List<String> history = Files.readAllLines(models.resolve("history.jsonl"));
        return Instant.parse(JSON.readTree(history.get(history.size() - 1)).path("at").asText());
    }

    private int servedVersion(int replica) throws Exception {
        return JSON.readTree(replicas.get(replicas.replica(replica, "/ready"), null).body()).path("model_version").asInt();
    }

    private boolean finished(int replica, String id) {
        try {
            String state = JSON.readTree(replicas.get(replicas.replica(replica, "/v1/retrain/" + id), Replicas.ADMIN_KEY).body())
                    .path("state").asText();
            return state.equals("succeeded") || state.equals("failed");
        } catch (Exception e) {
            return false;
        }
    }

    private static double scoreRequests(String metrics) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("propensity_http_requests_seconds_count") && line.contains("/v1/score\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static String scoreLines(String metrics) {
        return String.join("\n", metrics.lines().filter(l -> l.contains("/v1/score")).toList());
    }

    private int count(String sql) {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(50);
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
