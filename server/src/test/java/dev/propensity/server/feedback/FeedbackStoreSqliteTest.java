package dev.propensity.server.feedback;

import static dev.propensity.server.feedback.Leads.T0;
import static dev.propensity.server.feedback.Leads.score;
import static dev.propensity.server.feedback.Leads.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The feedback store's contract on a SQLite file in a temporary folder, and SQLite's own settings. */
class FeedbackStoreSqliteTest extends FeedbackStoreContract {
    @TempDir
    Path folder;

    @Override
    DatabaseConfig freshDatabase() {
        return DatabaseConfig.sqliteFile(folder.resolve("feedback.db"));
    }

    @Override
    void removeDatabase() {
        // JUnit deletes the temporary folder.
    }

    @Test
    void pooledConnectionsUseWalSyncAtCheckpointsEvery300PagesSortInMemoryAndWaitForOtherWriters() throws SQLException {
        try (Database database = Database.open(freshDatabase());
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertEquals("wal", pragma(statement, "journal_mode"));
            assertEquals("10000", pragma(statement, "busy_timeout"));
            assertEquals("1", pragma(statement, "synchronous"), "NORMAL: synced at checkpoints, not at every commit");
            assertEquals("300", pragma(statement, "wal_autocheckpoint"), "SQLite's default is 1000");
            assertEquals("2", pragma(statement, "temp_store"), "MEMORY");
            assertEquals(String.valueOf(64L * 1024 * 1024), pragma(statement, "journal_size_limit"));
        }
    }

    @Test
    void theScoreLogIsIndexedByTimeAndItsLeadsInATableOfTheirOwn() throws SQLException {
        try (Database database = Database.open(freshDatabase());
             Connection connection = database.dataSource().getConnection()) {
            assertEquals(Map.of("score_log_time", "CREATE INDEX score_log_time ON score_log (scored_at_micros)"),
                    scoreLogIndexes(connection));
            try (Statement statement = connection.createStatement();
                 ResultSet table = statement.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'score_lead'")) {
                assertTrue(table.next());
                assertTrue(table.getString(1).replaceAll("\\s+", " ")
                        .matches(".*PRIMARY KEY \\(lead_id, log_id\\) ?\\) WITHOUT ROWID"), table.getString(1));
            }
        }
    }

    @Test
    void theRetrainingJoinAndTheScoredCheckFindALeadsScoresThroughTheLeadTable() throws SQLException {
        try (Database database = Database.open(freshDatabase());
             Connection connection = database.dataSource().getConnection()) {
            List<String> join = plan(connection, OutcomeInputJoin.SELECT);
            assertTrue(join.contains("SEARCH lead USING PRIMARY KEY (lead_id=?)"), join.toString());
            assertTrue(join.contains("SEARCH latest USING INTEGER PRIMARY KEY (rowid=?)"), join.toString());
            assertTrue(join.stream().noneMatch(step -> step.startsWith("SCAN")), "no pass over a whole table: " + join);
            List<String> anyFor = plan(connection, ScoreLogTable.ANY_FOR_LEAD);
            assertEquals(List.of("SEARCH score_lead USING PRIMARY KEY (lead_id=?)"), anyFor);
        }
    }

    @Test
    void aScoreLogWrittenBeforeTheLeadIndexChangedKeepsItsScoresAndTheirJoinAfterTheUpgrade() throws SQLException {
        Path file = folder.resolve("version-6.db");
        SQLiteDataSource before = new SQLiteDataSource();
        before.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(before).locations(Migrations.LOCATION)
                .placeholders(Map.of("id_column", Dialect.SQLITE.idColumn())).target("6").load().migrate();
        List<ScoreRecord> scores = List.of(
                score("lead-1", 1, T0, "first"),
                score("lead-2", 1, T0.plus(Duration.ofDays(1)), "other-lead"),
                score("lead-1", 2, T0.plus(Duration.ofDays(2)), "latest-before"));
        try (Connection connection = before.getConnection()) {
            ScoreLogTable.insert(connection, scores);
            assertEquals("score_log_lead_time", scoreLogIndexes(connection).keySet().stream().sorted().findFirst().orElseThrow());
        }

        try (Database upgraded = Database.open(DatabaseConfig.sqliteFile(file))) {
            JdbcFeedbackStore store = new JdbcFeedbackStore(upgraded,
                    Clock.fixed(T0.plus(Duration.ofDays(3)), ZoneOffset.UTC));
            assertEquals(scores, store.scoresSince(T0));
            store.recordOutcomes(List.of(won("k1", "lead-1", "10")));
            assertEquals(scores.get(2), store.outcomesWithInputs(T0).get(0).score());
            try (Connection connection = upgraded.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet entries = statement.executeQuery("SELECT lead_id, log_id FROM score_lead")) {
                assertEquals(List.of("score_log_time"), scoreLogIndexes(connection).keySet().stream().toList());
                List<String> indexed = new ArrayList<>();
                while (entries.next()) {
                    indexed.add(entries.getString(1) + "#" + entries.getLong(2));
                }
                assertEquals(List.of("lead-1#1", "lead-1#3", "lead-2#2"), indexed, "the upgrade indexed the old scores");
            }
        }
    }

    private static Map<String, String> scoreLogIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'score_log'")) {
            Map<String, String> indexes = new java.util.TreeMap<>();
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
            return indexes;
        }
    }

    private static List<String> plan(Connection connection, String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, "x");
            }
            try (ResultSet rows = explain.executeQuery()) {
                List<String> steps = new ArrayList<>();
                while (rows.next()) {
                    steps.add(rows.getString("detail"));
                }
                return steps;
            }
        }
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
