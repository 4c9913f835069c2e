package dev.propensity.server.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void pooledConnectionsUseWalSyncAtCheckpointsAndWaitForOtherWriters() throws SQLException {
        try (Database database = Database.open(freshDatabase());
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertEquals("wal", pragma(statement, "journal_mode"));
            assertEquals("10000", pragma(statement, "busy_timeout"));
            assertEquals("1", pragma(statement, "synchronous"), "NORMAL: synced at checkpoints, not at every commit");
        }
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
