package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code retrain_job} table: which retrain is active across every server on the store, and each job's
 * last reported state as JSON. Knows nothing of what a job is; {@code retrain.StoredJobBoard} gives the JSON
 * its meaning.
 */
public final class RetrainJobRows {
    private static final String INSERT_ACTIVE = "INSERT INTO retrain_job "
            + "(id, state, active_slot, owner, heartbeat_micros, view_json) VALUES (?, ?, 1, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING";
    private static final String ACTIVE = "SELECT id, owner, heartbeat_micros, view_json FROM retrain_job "
            + "WHERE active_slot = 1";
    private static final String UPDATE = "UPDATE retrain_job SET state = ?, active_slot = ?, heartbeat_micros = ?, "
            + "view_json = ? WHERE id = ?";
    private static final String ABANDON = "UPDATE retrain_job SET state = ?, active_slot = NULL, view_json = ? "
            + "WHERE id = ? AND active_slot = 1 AND heartbeat_micros = ?";
    private static final String HEARTBEAT = "UPDATE retrain_job SET heartbeat_micros = ? WHERE id = ? AND active_slot = 1";
    private static final String BY_ID = "SELECT view_json FROM retrain_job WHERE id = ?";

    private final Database database;

    RetrainJobRows(Database database) {
        this.database = database;
    }

    /**
     * The job holding the active slot as last reported.
     *
     * @param id        the job's id
     * @param owner     the server running it
     * @param heartbeat when that server last said it was alive
     * @param viewJson  the job's JSON
     */
    public record ActiveJob(String id, String owner, Instant heartbeat, String viewJson) {
    }

    /**
     * Inserts a job as the active one, unless another job holds the slot.
     *
     * @return empty when this job now holds the slot, else the job that does
     */
    public Optional<ActiveJob> claim(String id, String state, String owner, Instant now, String viewJson) {
        return database.inTransaction("claiming the retrain slot for " + id, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ACTIVE)) {
                insert.setString(1, id);
                insert.setString(2, state);
                insert.setString(3, owner);
                insert.setLong(4, EpochMicros.of(now));
                insert.setString(5, viewJson);
                if (insert.executeUpdate() == 1) {
                    return Optional.<ActiveJob>empty();
                }
            }
            Optional<ActiveJob> active = active(connection);
            if (active.isEmpty()) {
                // The slot was freed between the insert and the read: the caller simply claims again.
                throw new SQLException("the retrain slot changed hands while it was being claimed; try again");
            }
            return active;
        });
    }

    /** Writes a job's new state; {@code finished} frees the slot it held. */
    public void update(String id, String state, boolean finished, Instant now, String viewJson) {
        database.inTransaction("updating retrain job " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setString(1, state);
                if (finished) {
                    update.setNull(2, java.sql.Types.INTEGER);
                } else {
                    update.setInt(2, 1);
                }
                update.setLong(3, EpochMicros.of(now));
                update.setString(4, viewJson);
                update.setString(5, id);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Frees the slot of a job whose server stopped reporting, if its heartbeat is still the stale one seen.
     *
     * @return whether the job was marked
     */
    public boolean abandon(ActiveJob stale, String state, String viewJson) {
        return database.inTransaction("abandoning retrain job " + stale.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(ABANDON)) {
                update.setString(1, state);
                update.setString(2, viewJson);
                update.setString(3, stale.id());
                update.setLong(4, EpochMicros.of(stale.heartbeat()));
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Says that the server running job {@code id} is alive. */
    public void heartbeat(String id, Instant now) {
        database.inTransaction("refreshing retrain job " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement(HEARTBEAT)) {
                update.setLong(1, EpochMicros.of(now));
                update.setString(2, id);
                return update.executeUpdate();
            }
        });
    }

    /** A job's last reported JSON, from whichever server ran it. */
    public Optional<String> find(String id) {
        return database.read("finding retrain job " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<ActiveJob> active(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ACTIVE);
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new ActiveJob(rows.getString(1), rows.getString(2),
                    EpochMicros.toInstant(rows.getLong(3)), rows.getString(4)));
        }
    }
}
