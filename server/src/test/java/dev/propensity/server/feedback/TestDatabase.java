package dev.propensity.server.feedback;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A feedback database of its own for a test in another package: a SQLite file in a temporary folder, or a
 * PostgreSQL schema (same server and rules as {@link FeedbackStorePostgresTest}) dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseConfig config;
    private final Runnable remove;

    private TestDatabase(DatabaseConfig config, Runnable remove) {
        this.config = config;
        this.remove = remove;
    }

    /** A SQLite file in {@code folder}; the test's temporary folder removes it. */
    public static TestDatabase sqlite(Path folder) {
        return new TestDatabase(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")), () -> { });
    }

    /** A fresh schema on the test PostgreSQL server; fails the test when the server cannot be reached. */
    public static TestDatabase postgres() {
        String url = System.getenv().getOrDefault("PROPENSITY_TEST_PG_URL", FeedbackStorePostgresTest.DEFAULT_URL);
        String user = System.getenv().getOrDefault("PROPENSITY_TEST_PG_USER", "postgres");
        String schema = "retrain_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, null)) {
            connection.isValid(5);
        } catch (SQLException e) {
            fail("PostgreSQL is required for these tests but cannot be reached at " + url + " as " + user
                    + " (start it, or set PROPENSITY_TEST_PG_URL and PROPENSITY_TEST_PG_USER): " + e.getMessage(), e);
        }
        return new TestDatabase(DatabaseConfig.of(url).withCredentials(user, null).withSchema(schema), () -> {
            try (Connection connection = DriverManager.getConnection(url, user, null);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
            }
        });
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        remove.run();
    }
}
