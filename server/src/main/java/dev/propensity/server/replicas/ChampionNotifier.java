package dev.propensity.server.replicas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every server on one PostgreSQL database that the champion alias has moved, with {@code NOTIFY} on
 * {@link #CHANNEL}. Sent after the alias file is renamed, so a listener that reacts reads the new champion.
 * Best effort by design: a notification that cannot be sent is logged, and the servers still find the change
 * at their next poll of the alias.
 */
public final class ChampionNotifier {
    /** The channel every server listens on; one per database, whatever schema the tables are in. */
    public static final String CHANNEL = "propensity_champion";
    private static final Logger LOG = LoggerFactory.getLogger(ChampionNotifier.class);

    private final DataSource dataSource;

    public ChampionNotifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Announces that {@code version} is now the champion; never throws.
     *
     * @return whether the notification was sent
     */
    public boolean championChanged(int version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, Integer.toString(version));
            notify.execute();
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not announce champion v{} to the other servers (they will see it at their next poll): {}",
                    version, e.getMessage());
            return false;
        }
    }
}
