package dev.propensity.server.feedback;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The score log as it was written before the writer was made cheaper (commit e021990), kept only so that
 * {@code ScoreLogWriterBenchmark} can run the old design beside the new one in one JVM: SQLite's pool settings of
 * then (WAL, {@code synchronous=NORMAL}, SQLite's default checkpoint every 1,000 pages), the two indexes of then
 * ({@code (lead_id, scored_at_micros)} and {@code (scored_at_micros)}), and per batch a pooled connection and the
 * score log's own insert ({@link ScoreLogTable#insert}: a new prepared statement, {@code executeBatch} every 500
 * rows), which the change left as it was. Only {@link #logScores} works.
 */
public final class LegacyScoreLogStore implements ScoreLogOnlyStore {

    private final HikariDataSource pool;

    private LegacyScoreLogStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Creates the tables in a new SQLite file with today's migrations, then puts the indexes back as they were. */
    public static LegacyScoreLogStore open(Path file) throws SQLException {
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
            ScoreLogTable.insert(connection, records);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("logging " + records.size() + " scores failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
