package dev.propensity.server.feedback;

import static dev.propensity.server.feedback.Leads.T0;
import static dev.propensity.server.feedback.Leads.score;
import static dev.propensity.server.feedback.Leads.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SQLite the score log's lead index is filled in bulk, after enough rows or enough time, and every lookup by lead
 * sees every logged score all the same: the scored flag of an outcome, the retraining join, and rows a crashed server
 * logged but never indexed.
 */
class ScoreLeadIndexTest {
    @TempDir
    Path folder;

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void theWriterIndexesOnceEnoughRowsWaitOrEnoughTimeHasPassed() throws SQLException {
        try (Database database = Database.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            ScoreLeadIndex index = new ScoreLeadIndex(true, 3, Duration.ofSeconds(5).toNanos(), now::get);
            append(database, index, score("lead-b", 1, T0, "1"), score("lead-a", 1, T0, "2"));
            assertEquals(List.of(), entries(database), "2 rows wait, 3 make a catch-up");
            append(database, index, score("lead-b", 1, T0, "3"));
            assertEquals(List.of("lead-a#2", "lead-b#1", "lead-b#3"), entries(database));
            assertEquals(3, mark(database));

            append(database, index, score("lead-c", 1, T0, "4"));
            now.addAndGet(Duration.ofSeconds(5).toNanos() - 1);
            append(database, index, score("lead-c", 1, T0, "5"));
            assertEquals(3, entries(database).size(), "2 rows in under 5 s wait");
            now.addAndGet(1);
            append(database, index, score("lead-d", 1, T0, "6"));
            assertEquals(List.of("lead-a#2", "lead-b#1", "lead-b#3", "lead-c#4", "lead-c#5", "lead-d#6"), entries(database));
            assertEquals(6, mark(database));
            assertEquals(0, database.inTransaction("again", index::catchUp), "nothing is indexed twice");
            assertEquals(0, database.withWriteTurn("again", index::catchUpInSlices), "nothing is indexed twice");
        }
    }

    @Test
    void aCatchUpInSlicesAddsEveryEntryOnceInLeadOrderAcrossSlices() throws SQLException {
        try (Database database = Database.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            // More rows than two slices, over leads whose entries straddle the slices' bounds.
            int count = 2 * ScoreLeadIndex.ROWS_PER_SLICE + 345;
            List<ScoreRecord> scores = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String lead = "lead-" + (char) ('a' + i % 7);
                scores.add(score(lead, 1, T0, String.valueOf(i)));
                expected.add(lead + "#" + i);
            }
            expected.sort(ScoreLeadIndexTest::byLeadThenId);
            ScoreLeadIndex index = new ScoreLeadIndex(true, count, Duration.ofSeconds(5).toNanos(), now::get);
            append(database, index, scores.toArray(ScoreRecord[]::new));

            assertEquals(expected, entries(database));
            assertEquals(count, mark(database));
            assertFalse(index.due(), "caught up");
        }
    }

    @Test
    void entriesACutShortCatchUpLeftAboveTheMarkAreNotAddedTwice() throws SQLException {
        try (Database database = Database.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            ScoreLeadIndex index = new ScoreLeadIndex(true, 1_000_000, Duration.ofSeconds(5).toNanos(), now::get);
            append(database, index, score("lead-a", 1, T0, "1"), score("lead-b", 1, T0, "2"), score("lead-c", 1, T0, "3"));
            // A crash between two slices' commits: the first slice's entries are in, the mark has not moved.
            database.inTransaction("the first slice", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("INSERT INTO score_lead (lead_id, log_id) VALUES ('lead-a', 1)");
                }
                return null;
            });
            assertEquals(0, mark(database));

            assertEquals(2, database.withWriteTurn("after the crash", index::catchUpInSlices));
            assertEquals(List.of("lead-a#1", "lead-b#2", "lead-c#3"), entries(database));
            assertEquals(3, mark(database));
            database.inTransaction("the cut-short slice again", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE score_lead_mark SET upto = 0");
                }
                return null;
            });
            assertEquals(0, database.inTransaction("a lookup's catch-up", index::catchUp), "every entry is there already");
            assertEquals(3, mark(database));
        }
    }

    @Test
    void aCatchUpThatFailsLeavesTheBatchLoggedOnceAndDoesNotFailIt() throws SQLException {
        try (Database database = Database.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            JdbcFeedbackStore store = new JdbcFeedbackStore(database, Clock.systemUTC());
            database.inTransaction("breaking the lead index", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE score_lead");
                }
                return null;
            });
            List<ScoreRecord> batch = new ArrayList<>();
            for (int i = 0; i < ScoreLeadIndex.DEFAULT_ROWS; i++) {
                batch.add(score("lead-" + i % 50, 1, T0, String.valueOf(i)));
            }
            // Enough rows to make the catch-up due; it fails, after the batch was committed. Had logScores thrown,
            // the writer would have retried the batch and logged it twice.
            store.logScores(batch);
            assertEquals(ScoreLeadIndex.DEFAULT_ROWS, (long) database.read("counting", connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM score_log")) {
                    rows.next();
                    return rows.getLong(1);
                }
            }));
        }
    }

    private static int byLeadThenId(String a, String b) {
        String[] x = a.split("#");
        String[] y = b.split("#");
        int byLead = x[0].compareTo(y[0]);
        return byLead != 0 ? byLead : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }

    @Test
    void anOutcomeForAScoreNotYetIndexedIsStillMarkedScoredAndJoinedToIt() {
        try (Database database = Database.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            JdbcFeedbackStore store = new JdbcFeedbackStore(database,
                    Clock.fixed(T0.plus(Duration.ofDays(3)), ZoneOffset.UTC));
            ScoreRecord latest = score("lead-1", 2, T0.plus(Duration.ofDays(1)), "latest");
            store.logScores(List.of(score("lead-1", 1, T0, "first"), latest));

            List<OutcomeResult> results = store.recordOutcomes(List.of(won("k1", "lead-1", "10"), won("k2", "never", null)));
            assertTrue(results.get(0).outcome().scored());
            assertFalse(results.get(1).outcome().scored());
            store.logScores(List.of(score("lead-1", 3, T0.plus(Duration.ofDays(2)), "after-the-first-lookup")));
            assertEquals("req-after-the-first-lookup", store.outcomesWithInputs(T0).get(0).score().requestId(),
                    "the join indexes what was logged since the last lookup");
        }
    }

    @Test
    void scoresLoggedButNeverIndexedBeforeACrashAreIndexedWhenTheStoreOpens() throws SQLException {
        Path file = folder.resolve("feedback.db");
        try (Database crashed = Database.open(DatabaseConfig.sqliteFile(file))) {
            // What a server that died between its writer's batches and the next catch-up leaves behind.
            crashed.inTransaction("logging", connection -> {
                ScoreLogTable.insert(connection, List.of(score("lead-2", 1, T0, "1"), score("lead-1", 1, T0, "2")));
                return null;
            });
            assertEquals(List.of(), entries(crashed));
        }
        try (Database reopened = Database.open(DatabaseConfig.sqliteFile(file))) {
            new JdbcFeedbackStore(reopened, Clock.systemUTC());
            assertEquals(List.of("lead-1#2", "lead-2#1"), entries(reopened));
            assertEquals(2, mark(reopened));
        }
    }

    @Test
    void withNothingToIndexTheRetrainingJoinNeedsNoTurnToWrite() throws SQLException {
        Path file = folder.resolve("feedback.db");
        try (Database database = Database.open(DatabaseConfig.sqliteFile(file))) {
            JdbcFeedbackStore store = new JdbcFeedbackStore(database, Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC));
            store.logScores(List.of(score("lead-1", 1, T0, "only")));
            store.recordOutcomes(List.of(won("k1", "lead-1", null)));  // indexes the score first
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement lock = other.createStatement()) {
                lock.execute("PRAGMA busy_timeout = 0");
                // Another process holds SQLite's write lock, as a server's writer does between its batches.
                lock.execute("BEGIN IMMEDIATE");
                try {
                    assertEquals("req-only", store.outcomesWithInputs(T0).get(0).score().requestId());
                } finally {
                    lock.execute("ROLLBACK");
                }
            }
        }
    }

    @Test
    void onPostgresqlTheDatabaseKeepsTheIndexItselfAndNothingIsDeferred() throws SQLException {
        ScoreLeadIndex index = ScoreLeadIndex.of(Dialect.POSTGRESQL);
        assertFalse(index.deferred());
        assertEquals(0, index.catchUp(null), "no statement runs");
        assertTrue(ScoreLeadIndex.of(Dialect.SQLITE).deferred());
    }

    /** What the store does for the writer: a batch in its transaction, then a catch-up in slices when one is due. */
    private static void append(Database database, ScoreLeadIndex index, ScoreRecord... scores) {
        database.inTransaction("logging", connection -> {
            ScoreLogTable.insert(connection, List.of(scores));
            return null;
        });
        index.appended(scores.length);
        if (index.due()) {
            database.withWriteTurn("indexing", index::catchUpInSlices);
        }
    }

    /** The lead index's entries as lead#log id, in the index's order. */
    private static List<String> entries(Database database) {
        return database.read("reading the lead index", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT lead_id, log_id FROM score_lead")) {
                List<String> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(rows.getString(1) + "#" + rows.getLong(2));
                }
                return entries;
            }
        });
    }

    private static long mark(Database database) {
        return database.read("reading the mark", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT upto FROM score_lead_mark")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
