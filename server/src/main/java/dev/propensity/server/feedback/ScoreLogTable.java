package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the {@code score_log} table: batched appends, and reading rows back as {@link ScoreRecord}s. */
final class ScoreLogTable {
    /** The columns {@link #read} expects, in order. */
    static final List<String> COLUMNS = List.of(
            "lead_id", "model_version", "probability", "score", "input_json", "scored_at_micros", "request_id", "grade",
            "quadrant", "persona_id", "recommended_rep", "explored");

    private static final String INSERT = "INSERT INTO score_log (" + String.join(", ", COLUMNS)
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SINCE = "SELECT " + String.join(", ", COLUMNS)
            + " FROM score_log WHERE scored_at_micros >= ? ORDER BY scored_at_micros, id";
    /**
     * Whether a lead was ever scored, by the lead index ({@link ScoreLeadIndex}: caught up first on SQLite);
     * package-private so that a test can read its plan.
     */
    static final String ANY_FOR_LEAD = "SELECT 1 FROM score_lead WHERE lead_id = ? LIMIT 1";

    /**
     * Rows sent to the driver at once, with the core given up between ({@link CoreShare#yieldCore}): about a quarter
     * of a millisecond of the core; it also bounds what the driver holds when a large list is logged at once.
     */
    private static final int ROWS_PER_YIELD = 64;

    private ScoreLogTable() {
    }

    /** Appends {@code records} in the caller's transaction, {@link #ROWS_PER_YIELD} at a time. */
    static void insert(Connection connection, List<ScoreRecord> records) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (ScoreRecord record : records) {
                insert.setString(1, record.leadId());
                insert.setInt(2, record.modelVersion());
                insert.setDouble(3, record.probability());
                insert.setInt(4, record.score());
                insert.setString(5, record.inputJson());
                insert.setLong(6, EpochMicros.of(record.scoredAt()));
                insert.setString(7, record.requestId());
                insert.setString(8, record.grade());
                insert.setString(9, record.quadrant());
                insert.setString(10, record.persona());
                insert.setString(11, record.recommendedRep());
                insert.setBoolean(12, record.explored());
                insert.addBatch();
                if (++pending == ROWS_PER_YIELD) {
                    insert.executeBatch();
                    pending = 0;
                    CoreShare.yieldCore();
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    static List<ScoreRecord> since(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SINCE)) {
            select.setLong(1, EpochMicros.of(since));
            try (ResultSet rows = select.executeQuery()) {
                List<ScoreRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(read(rows, 1));
                }
                return records;
            }
        }
    }

    static boolean anyFor(Connection connection, String leadId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ANY_FOR_LEAD)) {
            select.setString(1, leadId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Reads the {@link #COLUMNS} starting at column {@code first} of the current row. */
    static ScoreRecord read(ResultSet rows, int first) throws SQLException {
        return new ScoreRecord(
                rows.getString(first),
                rows.getInt(first + 1),
                rows.getDouble(first + 2),
                rows.getInt(first + 3),
                rows.getString(first + 4),
                EpochMicros.toInstant(rows.getLong(first + 5)),
                rows.getString(first + 6),
                rows.getString(first + 7),
                rows.getString(first + 8),
                rows.getString(first + 9),
                rows.getString(first + 10),
                rows.getBoolean(first + 11));
    }
}
