package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.config.ServerConfig;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL unavailable, then back, without restarting the server: while the server's database role may not log
 * in and its sessions are ended ({@code pg_terminate_backend}, which is what a PostgreSQL restart does to them),
 * outcomes are answered 503 in the one error shape and nothing is stored; once the role may log in again the same
 * server stores them, and a score given during the outage reaches the score log. The outage is made for this
 * test's own role only, so the PostgreSQL server other tests share keeps running.
 */
class StoreOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PG_URL = System.getenv().getOrDefault("PROPENSITY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("PROPENSITY_TEST_PG_USER", "postgres");

    @TempDir
    Path folder;

    @Test
    void whileTheDatabaseIsUnreachableOutcomesGet503AndTheServerRecoversByItself() throws Exception {
        String role = "outage_" + Long.toHexString(System.nanoTime());
        admin("CREATE ROLE " + role + " LOGIN", "CREATE SCHEMA " + role + " AUTHORIZATION " + role);
        try {
            Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
            ServerConfig sqlite = TestServer.config(models, folder);
            String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "user=" + role + "&currentSchema=" + role;
            try (TestServer server = TestServer.start(new ServerConfig(sqlite.host(), 0, models, url, sqlite.keys(),
                    sqlite.limits(), sqlite.reloadInterval()))) {
                assertEquals(201, server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("before")).statusCode());

                admin("ALTER ROLE " + role + " NOLOGIN",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
                HttpResponse<String> refused = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("during"));
                assertEquals(503, refused.statusCode(), refused.body());
                JsonNode error = JSON.readTree(refused.body()).path("error");
                assertEquals(503, error.path("status").asInt());
                assertEquals("store_unavailable", error.path("code").asText());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                HttpResponse<String> scored = server.post("/v1/score", TestServer.SCORE_KEY, Leads.withId("scored-during-outage"));
                assertEquals(200, scored.statusCode(), "scores are still given while the log waits: " + scored.body());

                admin("ALTER ROLE " + role + " LOGIN");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                int status;
                do {
                    status = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("during")).statusCode();
                    assertTrue(status == 201 || status == 503, "only 503 until it is back, then 201; got " + status);
                    Thread.sleep(100);
                } while (status != 201 && System.nanoTime() < deadline);
                assertEquals(201, status, "the same server stores outcomes again without a restart");
                long logDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (count(role, "SELECT COUNT(*) FROM score_log WHERE lead_id = 'scored-during-outage'") == 0
                        && System.nanoTime() < logDeadline) {
                    Thread.sleep(100);
                }
                assertEquals(1, count(role, "SELECT COUNT(*) FROM score_log WHERE lead_id = 'scored-during-outage'"),
                        "the score given during the outage was logged once the database was back");
                assertEquals(2, count(role, "SELECT COUNT(*) FROM outcome"));
            }
        } finally {
            admin("ALTER ROLE " + role + " LOGIN", "DROP SCHEMA IF EXISTS " + role + " CASCADE",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'",
                    "DROP ROLE IF EXISTS " + role);
        }
    }

    private static String outcome(String key) {
        return "{\"lead_id\":\"L-" + key + "\",\"outcome\":\"won\",\"close_date\":\"2026-04-01\",\"idempotency_key\":\"" + key + "\"}";
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, null);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int count(String schema, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
