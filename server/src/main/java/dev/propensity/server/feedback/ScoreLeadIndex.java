package dev.propensity.server.feedback;

import java.sql.Connection;
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
 * largest part of the score log writer's CPU. So on SQLite the score log has no lead index; {@link #catchUp} adds
 * the entries of every row logged since the last time ({@code id} above {@code score_lead_mark.upto}) in one
 * statement, sorted by lead, so that thousands of entries share their pages. The writer calls {@link #appended}
 * after each batch, which catches up once {@link #DEFAULT_ROWS} rows wait or {@link #DEFAULT_AGE_NANOS} have passed;
 * every lookup by lead catches up first, in its own transaction, so no score is ever missing from a lookup, only
 * unindexed for a few seconds. The mark moves in the same transaction as the entries, so a crash loses neither.
 *
 * <p>On PostgreSQL several servers may log at once, with ids committed out of order, so no mark could tell which
 * rows are indexed: there {@code score_lead} is a view over the score log's own lead index, and this does nothing.
 */
final class ScoreLeadIndex {
    /** Rows logged since the last catch-up that make the writer catch up. */
    static final long DEFAULT_ROWS = 20_000;
    /** How long logged rows wait at most before the writer catches up. */
    static final long DEFAULT_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);

    // Sorted by lead, so that entries for the same pages go in together.
    static final String CATCH_UP = "INSERT INTO score_lead (lead_id, log_id) SELECT lead_id, id FROM score_log"
            + " WHERE id > (SELECT upto FROM score_lead_mark) ORDER BY lead_id, id";
    static final String MOVE_MARK = "UPDATE score_lead_mark SET upto = (SELECT COALESCE(MAX(id), upto) FROM score_log)";
    // MAX(id) of a rowid table is one step down the table's tree: cheap enough to ask before every lookup.
    static final String BEHIND = "SELECT (SELECT COALESCE(MAX(id), 0) FROM score_log) > (SELECT upto FROM score_lead_mark)";

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
     * @param rows     rows waiting that make {@link #appended} catch up
     * @param ageNanos time since the last catch-up that makes {@link #appended} catch up
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

    /**
     * Tells the index that {@code count} rows were just appended in the transaction on {@code connection}, and
     * catches up in that same transaction when enough rows wait or enough time has passed.
     */
    void appended(Connection connection, int count) throws SQLException {
        if (!deferred) {
            return;
        }
        if (waiting.addAndGet(count) >= rows || nanoTime.getAsLong() - caughtUpAt >= ageNanos) {
            catchUp(connection);
        }
    }

    /**
     * Adds the entries of every row logged since the last catch-up, and moves the mark past them, in the caller's
     * write transaction on {@code connection}.
     *
     * @return the entries added (0 on PostgreSQL)
     */
    int catchUp(Connection connection) throws SQLException {
        if (!deferred) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            int added = statement.executeUpdate(CATCH_UP);
            if (added > 0) {
                // Nothing added means nothing above the mark: it stays, and its page is not written again.
                statement.executeUpdate(MOVE_MARK);
            }
            // Rows another process logged count as well: the mark, not this counter, says what is indexed.
            waiting.set(0);
            caughtUpAt = nanoTime.getAsLong();
            return added;
        }
    }
}
