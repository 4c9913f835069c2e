package dev.propensity.server.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The feedback store's contract on PostgreSQL, each test in a schema of its own that is dropped afterwards.
 * The server is at {@value #DEFAULT_URL} as user {@code postgres} unless {@code PROPENSITY_TEST_PG_URL} and
 * {@code PROPENSITY_TEST_PG_USER} say otherwise. Without it these tests fail rather than skip: CI has one,
 * and a skipped database is an untested one.
 */
class FeedbackStorePostgresTest extends FeedbackStoreContract {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String url = System.getenv().getOrDefault("PROPENSITY_TEST_PG_URL", DEFAULT_URL);
    private final String user = System.getenv().getOrDefault("PROPENSITY_TEST_PG_USER", "postgres");
    private final String schema = "feedback_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
    private boolean reachable;

    @Override
    DatabaseConfig freshDatabase() {
        try (Connection connection = DriverManager.getConnection(url, user, null)) {
            reachable = connection.isValid(5);
        } catch (SQLException e) {
            fail("PostgreSQL is required for these tests but cannot be reached at " + url + " as " + user
                    + " (start it, or set PROPENSITY_TEST_PG_URL and PROPENSITY_TEST_PG_USER): " + e.getMessage(), e);
        }
        // Migrations create the schema; the test owns it from here on.
        return DatabaseConfig.of(url).withCredentials(user, null).withSchema(schema);
    }

    @Override
    void removeDatabase() throws SQLException {
        if (!reachable) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, null);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void theTablesAreCreatedInTheConfiguredSchema() throws SQLException {
        assertEquals(List.of("outcome", "score_log"), inSchema(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_name IN ('score_log', 'outcome') ORDER BY table_name",
                rows -> rows.getString(1)));
    }

    @Test
    void theScoreLogIsIndexedByLeadAloneAndByTime() throws SQLException {
        assertEquals(List.of(
                "score_log_lead: CREATE INDEX score_log_lead ON score_log USING btree (lead_id)",
                "score_log_time: CREATE INDEX score_log_time ON score_log USING btree (scored_at_micros)"), inSchema(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = 'score_log'"
                        + " AND indexname <> 'score_log_pkey' ORDER BY indexname",
                rows -> rows.getString(1) + ": " + rows.getString(2).replace(schema + ".", "")));
    }

    /** One column's text of a catalogue row. */
    @FunctionalInterface
    private interface RowText {
        String of(ResultSet row) throws SQLException;
    }

    /** The rows of a catalogue query whose one parameter is this test's schema, each as {@code text} makes it. */
    private List<String> inSchema(String sql, RowText text) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, null);
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, schema);
            try (ResultSet rows = select.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(text.of(rows));
                }
                return found;
            }
        }
    }
}
