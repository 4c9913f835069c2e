package dev.propensity.server.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.propensity.server.feedback.Database;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.OutcomeRequest;
import dev.propensity.server.feedback.OutcomeResult;
import dev.propensity.server.feedback.OutcomeWithInput;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.feedback.StoredOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The score log as it was written before the writer was made cheaper (commit e021990), kept only so that
 * {@link ScoreLogWriterBenchmark} can run the old design beside the new one in one JVM: SQLite's pool settings of
 * then (WAL, {@code synchronous=NORMAL}, SQLite's default checkpoint every 1,000 pages), the two indexes of then
 * ({@code (lead_id, scored_at_micros)} and {@code (scored_at_micros)}), and per batch a pooled connection, a new
 * prepared statement and {@code executeBatch} every 500 rows. Only {@link #logScores} works.
 */
final class LegacyScoreLogStore implements FeedbackStore {
    private static final String INSERT = "INSERT INTO score_log (lead_id, model_version, probability, score,"
            + " input_json, scored_at_micros, request_id, grade, quadrant, persona_id, recommended_rep, explored)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int ROWS_PER_BATCH = 500;

    private final HikariDataSource pool;

    private LegacyScoreLogStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Creates the tables in a new SQLite file with today's migrations, then puts the indexes back as they were. */
    static LegacyScoreLogStore open(Path file) throws SQLException {
        Database.open(DatabaseConfig.sqliteFile(file)).close();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", "10000");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 1000");
            statement.execute("DROP INDEX IF EXISTS score_log_lead");
            statement.execute("CREATE INDEX IF NOT EXISTS score_log_lead_time ON score_log (lead_id, scored_at_micros)");
            statement.execute("CREATE INDEX IF NOT EXISTS score_log_time ON score_log (scored_at_micros)");
        }
        return new LegacyScoreLogStore(pool);
    }

    @Override
    public synchronized void logScores(List<ScoreRecord> records) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ScoreRecord record : records) {
                    insert.setString(1, record.leadId());
                    insert.setInt(2, record.modelVersion());
                    insert.setDouble(3, record.probability());
                    insert.setInt(4, record.score());
                    insert.setString(5, record.inputJson());
                    insert.setLong(6, Math.addExact(Math.multiplyExact(record.scoredAt().getEpochSecond(), 1_000_000L),
                            record.scoredAt().getNano() / 1_000));
                    insert.setString(7, record.requestId());
                    insert.setString(8, record.grade());
                    insert.setString(9, record.quadrant());
                    insert.setString(10, record.persona());
                    insert.setString(11, record.recommendedRep());
                    insert.setBoolean(12, record.explored());
                    insert.addBatch();
                    if (++pending == ROWS_PER_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("logging " + records.size() + " scores failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<OutcomeResult> recordOutcomes(List<OutcomeRequest> outcomes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<OutcomeWithInput> outcomesWithInputs(Instant since) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ScoreRecord> scoresSince(Instant since) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countOutcomes() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StoredOutcome> findOutcome(String idempotencyKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        pool.close();
    }
}
