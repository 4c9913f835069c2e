package dev.propensity.server.feedback;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A pooled connection to the feedback database, migrated when opened, and the one place that runs
 * transactions: it commits or rolls back, and on SQLite lets one writing transaction run at a time.
 */
public final class Database implements AutoCloseable {
    private static final long WRITE_LOCK_TIMEOUT_SECONDS = 30;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    // SQLite lets one connection write at a time; queueing writers here is fairer and cheaper than having
    // them spin on SQLITE_BUSY inside the driver. Other processes are still held off by the busy timeout.
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * Opens a pool on the configured database and applies pending migrations.
     *
     * @throws FeedbackStoreException when the database cannot be reached or migrated; the message names it
     */
    public static Database open(DatabaseConfig config) {
        Dialect dialect = config.dialect();
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("propensity-feedback");
        pool.setJdbcUrl(config.url());
        config.user().ifPresent(pool::setUsername);
        config.password().ifPresent(pool::setPassword);
        config.schema().ifPresent(pool::setSchema);
        dialect.configurePool(pool);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new FeedbackStoreException("cannot connect to the feedback database " + config + ": " + rootMessage(e), e);
        }
        try {
            Migrations.apply(dataSource, dialect, config.schema());
        } catch (RuntimeException e) {
            dataSource.close();
            throw new FeedbackStoreException("cannot migrate the feedback database " + config + ": " + rootMessage(e), e);
        }
        return new Database(dataSource, dialect);
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** The pool, for readers outside this package such as health checks. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param what what the work does, for the message of a {@link FeedbackStoreException}
     */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return inWriteTurn(what, () -> transaction(what, work));
    }

    /**
     * Runs work that commits several transactions of its own on one connection, with this database's turn to write
     * held throughout (on SQLite; elsewhere the work simply runs): no other write of this process comes between
     * them. The connection is in auto-commit mode; the work sets it otherwise as it needs.
     *
     * @param what what the work does, for the message of a {@link FeedbackStoreException}
     */
    <T> T withWriteTurn(String what, SqlWork<T> work) {
        return inWriteTurn(what, () -> onConnection(what, work));
    }

    /** Runs {@code write} in this database's turn to write, where it has turns (SQLite). */
    private <T> T inWriteTurn(String what, Supplier<T> write) {
        if (!dialect.singleWriter()) {
            return write.get();
        }
        acquireWriteLock(what);
        try {
            return write.get();
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T onConnection(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new FeedbackStoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on a connection in auto-commit mode. */
    <T> T read(String what, SqlWork<T> work) {
        return onConnection(what, work);
    }

    private <T> T transaction(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            // No need to restore auto-commit: HikariCP resets it when the connection goes back to the pool.
            return inOneTransaction(connection, work);
        } catch (SQLException e) {
            throw new FeedbackStoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work as one transaction on {@code connection}: committed when it returns, rolled back when it throws (a
     * failed rollback is added to what the work threw, not put in its place). Auto-commit is left off.
     */
    static <T> T inOneTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private void acquireWriteLock(String what) {
        try {
            if (!writeLock.tryLock(WRITE_LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new FeedbackStoreException(what + " failed: no turn to write within "
                        + WRITE_LOCK_TIMEOUT_SECONDS + " s, the database is overloaded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedbackStoreException(what + " failed: interrupted while waiting to write", e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Closes the pool; work still running fails. */
    @Override
    public void close() {
        dataSource.close();
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
