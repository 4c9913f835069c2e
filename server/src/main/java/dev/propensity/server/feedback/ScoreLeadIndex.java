package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Finding a lead's scores: the {@code score_lead} table, kept up to date in sorted bulk on SQLite.
 *
 * <p>An index entry per logged score, written in the score's own transaction, dirtied a page of its own for nearly
 * every score of a batch (a lead's entries sit together, and a batch holds many leads), and those pages were the
 * largest part of the score log writer's CPU. So on SQLite the score log has no lead index; the entries of every row
 * logged since the last time ({@code id} above {@code score_lead_mark.upto}) are added sorted by lead, so that
 * thousands of entries share their pages. The writer reports each batch ({@link #appended}) and, once
 * {@link #DEFAULT_ROWS} rows wait or {@link #DEFAULT_AGE_NANOS} have passed ({@link #due}), catches up in slices
 * ({@link #catchUpInSlices}); every lookup by lead catches up first, in its own transaction ({@link #catchUp}), so no
 * score is ever missing from a lookup, only unindexed for a few seconds. The mark moves in the transaction that adds
 * the last entries, so a crash loses neither; entries a crash left above the mark are skipped when added again.
 *
 * <p>On PostgreSQL several servers may log at once, with ids committed out of order, so no mark could tell which
 * rows are indexed: there {@code score_lead} is a view over the score log's own lead index, and this does nothing.
 */
final class ScoreLeadIndex {
    /** Rows logged since the last catch-up that make the writer catch up. */
    static final long DEFAULT_ROWS = 20_000;
    /** How long logged rows wait at most before the writer catches up. */
    static final long DEFAULT_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /**
     * Rows read, or entries added, between two pauses in {@link #catchUpInSlices}: about a millisecond of the core
     * each (a catch-up of 20,000 rows took 57-69 ms of it in 40 slices on the benchmark's machine).
     */
    static final int ROWS_PER_SLICE = 1_000;

    static final String MARK = "SELECT upto FROM score_lead_mark";
    // MAX(id) of a rowid table is one step down the table's tree: cheap enough to ask before every lookup.
    static final String LAST_ID = "SELECT COALESCE(MAX(id), 0) FROM score_log";
    static final String BEHIND = "SELECT (" + LAST_ID + ") > (" + MARK + ")";
    static final String MOVE_MARK = "UPDATE score_lead_mark SET upto = ?";
    // Sorted by lead, so that entries for the same pages go in together. OR IGNORE: a catch-up in slices that a crash
    // cut short leaves entries above the mark.
    static final String CATCH_UP = "INSERT OR IGNORE INTO score_lead (lead_id, log_id) SELECT lead_id, id FROM score_log"
            + " WHERE id > ? AND id <= ? ORDER BY lead_id, id";

    // The slices' sorting table: a temporary table is the connection's own, in memory, and gone with it.
    static final String PENDING = "CREATE TEMP TABLE IF NOT EXISTS score_lead_pending (lead_id TEXT NOT NULL,"
            + " log_id INTEGER NOT NULL, PRIMARY KEY (lead_id, log_id)) WITHOUT ROWID";
    static final String CLEAR_PENDING = "DELETE FROM temp.score_lead_pending";
    static final String FILL_PENDING = "INSERT INTO temp.score_lead_pending (lead_id, log_id)"
            + " SELECT lead_id, id FROM score_log WHERE id > ? AND id <= ?";
    // The last key of the next slice, in the pending table's (and score_lead's) order; none when the rest is smaller.
    static final String SLICE_END = "SELECT lead_id, log_id FROM temp.score_lead_pending WHERE (lead_id, log_id) > (?, ?)"
            + " ORDER BY lead_id, log_id LIMIT 1 OFFSET " + (ROWS_PER_SLICE - 1);
    static final String ADD_SLICE = "INSERT OR IGNORE INTO score_lead (lead_id, log_id) SELECT lead_id, log_id"
            + " FROM temp.score_lead_pending WHERE (lead_id, log_id) > (?, ?) AND (lead_id, log_id) <= (?, ?)"
            + " ORDER BY lead_id, log_id";
    static final String ADD_REST = "INSERT OR IGNORE INTO score_lead (lead_id, log_id) SELECT lead_id, log_id"
            + " FROM temp.score_lead_pending WHERE (lead_id, log_id) > (?, ?) ORDER BY lead_id, log_id";

    private final boolean deferred;
    private final long rows;
    private final long ageNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong waiting = new AtomicLong();
    private volatile long caughtUpAt;

    /** The index of a store on {@code dialect}, catching up at the default row count and age. */
    static ScoreLeadIndex of(Dialect dialect) {
        return new ScoreLeadIndex(dialect == Dialect.SQLITE, DEFAULT_ROWS, DEFAULT_AGE_NANOS, System::nanoTime);
    }

    /**
     * @param deferred whether entries are added in bulk (SQLite); otherwise the database keeps the index itself
     * @param rows     rows waiting that make {@link #due} true
     * @param ageNanos time since the last catch-up that makes {@link #due} true while rows wait
     */
    ScoreLeadIndex(boolean deferred, long rows, long ageNanos, LongSupplier nanoTime) {
        this.deferred = deferred;
        this.rows = rows;
        this.ageNanos = ageNanos;
        this.nanoTime = nanoTime;
        this.caughtUpAt = nanoTime.getAsLong();
    }

    /** Whether lookups need a {@link #catchUp} first. */
    boolean deferred() {
        return deferred;
    }

    /**
     * Whether rows wait to be indexed, read without a write lock: a lookup with nothing to index need not wait for
     * the writer's turn.
     */
    boolean behind(Connection connection) throws SQLException {
        if (!deferred) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet answer = statement.executeQuery(BEHIND)) {
            return answer.next() && answer.getBoolean(1);
        }
    }

    /** Counts {@code count} rows the writer just committed to the score log. */
    void appended(int count) {
        if (deferred) {
            waiting.addAndGet(count);
        }
    }

    /** Whether the writer should catch up now: enough rows wait, or some have waited long enough. */
    boolean due() {
        long rowsWaiting = waiting.get();
        return deferred && (rowsWaiting >= rows || rowsWaiting > 0 && nanoTime.getAsLong() - caughtUpAt >= ageNanos);
    }

    /**
     * Adds the entries of every row logged since the last catch-up, and moves the mark past them, in the caller's
     * write transaction on {@code connection}, in one statement: for a lookup, which may not find a score otherwise.
     *
     * @return the entries added (0 on PostgreSQL)
     */
    int catchUp(Connection connection) throws SQLException {
        if (!deferred) {
            return 0;
        }
        long mark = number(connection, MARK);
        long last = number(connection, LAST_ID);
        int added = 0;
        // Nothing above the mark means it stays, and its page is not written again.
        if (last > mark) {
            try (PreparedStatement catchUp = connection.prepareStatement(CATCH_UP)) {
                catchUp.setLong(1, mark);
                catchUp.setLong(2, last);
                added = catchUp.executeUpdate();
            }
            moveMark(connection, last);
        }
        caughtUp();
        return added;
    }

    /**
     * The same as {@link #catchUp}, on the writer's thread, in slices with a pause between them ({@link CoreShare}):
     * as one statement and one commit, a catch-up of 20,000 rows held a shared core for 10-33 ms, and was most of
     * the score route's p99 on one core. Slicing costs more of the core (57-69 ms against 27-48 for 20,000 rows of
     * the sample leads, pinned under load), and the writer's queue fills meanwhile: the catch-up took 125-132 ms
     * with its pauses, and the queue holds about a third of a second at full load.
     *
     * <p>The rows are first copied into a sorted table of the connection's own, {@link #ROWS_PER_SLICE} at a time;
     * then added to {@code score_lead} in its order, a transaction per slice, so that each commit writes only the
     * pages of its slice's leads (together, the pages one sorted statement would have written) and the last one
     * moves the mark. {@code connection} is in auto-commit mode, and this store's turn to write is held throughout
     * ({@link Database#withWriteTurn}).
     *
     * @return the entries added (0 on PostgreSQL)
     */
    int catchUpInSlices(Connection connection) throws SQLException {
        if (!deferred) {
            return 0;
        }
        long mark = number(connection, MARK);
        long last = number(connection, LAST_ID);
        if (last <= mark) {
            caughtUp();
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(PENDING);
            statement.execute(CLEAR_PENDING);
            try {
                fillPending(connection, mark, last);
                return addPending(connection, last);
            } finally {
                statement.execute(CLEAR_PENDING);
            }
        }
    }

    private static void fillPending(Connection connection, long mark, long last) throws SQLException {
        try (PreparedStatement fill = connection.prepareStatement(FILL_PENDING)) {
            for (long from = mark; from < last; from += ROWS_PER_SLICE) {
                fill.setLong(1, from);
                fill.setLong(2, Math.min(last, from + ROWS_PER_SLICE));
                fill.executeUpdate();
                CoreShare.pause();
            }
        }
    }

    private int addPending(Connection connection, long last) throws SQLException {
        int added = 0;
        // Before every key: lead ids are text, and every text sorts after the empty one.
        String fromLead = "";
        long fromLog = Long.MIN_VALUE;
        try (PreparedStatement sliceEnd = connection.prepareStatement(SLICE_END);
             PreparedStatement addSlice = connection.prepareStatement(ADD_SLICE);
             PreparedStatement addRest = connection.prepareStatement(ADD_REST)) {
            while (true) {
                sliceEnd.setString(1, fromLead);
                sliceEnd.setLong(2, fromLog);
                try (ResultSet end = sliceEnd.executeQuery()) {
                    if (!end.next()) {
                        break;
                    }
                    addSlice.setString(1, fromLead);
                    addSlice.setLong(2, fromLog);
                    fromLead = end.getString(1);
                    fromLog = end.getLong(2);
                }
                addSlice.setString(3, fromLead);
                addSlice.setLong(4, fromLog);
                added += inOneTransaction(connection, addSlice, 0);
                CoreShare.pause();
            }
            addRest.setString(1, fromLead);
            addRest.setLong(2, fromLog);
            added += inOneTransaction(connection, addRest, last);
        }
        caughtUp();
        return added;
    }

    /** Runs {@code add} in a transaction of its own, moving the mark to {@code last} in it unless that is 0. */
    private static int inOneTransaction(Connection connection, PreparedStatement add, long last) throws SQLException {
        try {
            return Database.inOneTransaction(connection, inTransaction -> {
                int added = add.executeUpdate();
                if (last > 0) {
                    moveMark(inTransaction, last);
                }
                return added;
            });
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void caughtUp() {
        // Rows another process logged count as well: the mark, not this counter, says what is indexed.
        waiting.set(0);
        caughtUpAt = nanoTime.getAsLong();
    }

    private static void moveMark(Connection connection, long last) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(MOVE_MARK)) {
            move.setLong(1, last);
            move.executeUpdate();
        }
    }

    private static long number(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet answer = statement.executeQuery(query)) {
            if (!answer.next()) {
                throw new SQLException("no answer to " + query);
            }
            return answer.getLong(1);
        }
    }
}
