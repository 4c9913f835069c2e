package dev.propensity.server.replicas;

import dev.propensity.server.feedback.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@link ChampionNotifier#CHANNEL} on a PostgreSQL connection of its own (a pooled one would be
 * handed to other work, and notifications arrive only on the connection that listens) and runs a callback, the
 * champion watcher's poll, for each notification. When the connection breaks (PostgreSQL restarted, the session
 * ended) it reconnects with a growing pause, and polls once after every (re)connection, because notifications sent
 * while it was away are not queued for it.
 */
public final class ChampionListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChampionListener.class);
    // How long one wait for notifications blocks; also how soon close() is noticed.
    private static final int WAIT_MILLIS = 500;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    // A connection whose peer vanished without closing it would only ever time out its waits: a query every
    // ten seconds finds out, and the loop reconnects.
    private static final int PROBE_EVERY_WAITS = 20;

    private final DatabaseConfig config;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    /**
     * Starts listening in a background thread.
     *
     * @param config   the PostgreSQL database the servers share
     * @param onChange what to do on a notification and after each reconnection (re-read the champion alias)
     */
    public static ChampionListener start(DatabaseConfig config, Runnable onChange) {
        ChampionListener listener = new ChampionListener(config, onChange);
        listener.thread.start();
        return listener;
    }

    private ChampionListener(DatabaseConfig config, Runnable onChange) {
        this.config = config;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "champion-listener");
        thread.setDaemon(true);
    }

    /** Whether the listening connection is up now (for metrics and tests). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long pause = 100;
        while (!closed) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ChampionNotifier.CHANNEL);
                }
                listening = true;
                pause = 100;
                LOG.info("listening for champion changes on PostgreSQL channel {}", ChampionNotifier.CHANNEL);
                changed();
                PGConnection pg = connection.unwrap(PGConnection.class);
                int waits = 0;
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        changed();
                    }
                    if (++waits % PROBE_EVERY_WAITS == 0) {
                        probe(connection);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (listening) {
                    LOG.warn("champion-change channel lost ({}); reconnecting, polling meanwhile", e.getMessage());
                }
            } finally {
                listening = false;
            }
            sleep(pause);
            pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
        }
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("reacting to a champion change failed: {}", e.getMessage());
        }
    }

    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            statement.execute("SELECT 1");
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        config.user().ifPresent(user -> properties.setProperty("user", user));
        config.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "propensity-listener");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(config.url(), properties);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
