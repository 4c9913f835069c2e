package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the {@code activity_event} table. An event already stored (same lead, type and time) is skipped by
 * {@code ON CONFLICT DO NOTHING}, which SQLite and PostgreSQL both accept, so re-posting is safe.
 */
final class EventTable {
    private static final String INSERT = "INSERT INTO activity_event (lead_id, event_type, occurred_at_micros,"
            + " received_at_micros) VALUES (?, ?, ?, ?) ON CONFLICT (lead_id, event_type, occurred_at_micros) DO NOTHING";
    private static final String FOR_LEAD = "SELECT event_type, occurred_at_micros FROM activity_event WHERE lead_id = ?"
            + " ORDER BY occurred_at_micros, id";
    static final int MAX_PER_LEAD = 10_000;

    private EventTable() {
    }

    /** @return how many events were new */
    static int insert(Connection connection, List<EventRecord> events, Instant receivedAt) throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EventRecord event : events) {
                insert.setString(1, event.leadId());
                insert.setString(2, event.type());
                insert.setLong(3, EpochMicros.of(event.occurred()));
                insert.setLong(4, EpochMicros.of(receivedAt));
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    static List<EventRecord> forLead(Connection connection, String leadId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FOR_LEAD)) {
            select.setString(1, leadId);
            select.setMaxRows(MAX_PER_LEAD);
            try (ResultSet rows = select.executeQuery()) {
                List<EventRecord> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new EventRecord(leadId, rows.getString(1), EpochMicros.toInstant(rows.getLong(2))));
                }
                return events;
            }
        }
    }
}
