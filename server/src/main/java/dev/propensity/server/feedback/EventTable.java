package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

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
    /**
     * Lead ids bound in one {@code IN (...)} query: well under SQLite's 32,766 (999 before 3.32) and PostgreSQL's
     * 65,535 parameters per statement, and large enough that a snapshot of 100,000 leads takes 200 queries. It also
     * bounds what a driver holds at once: PostgreSQL's reads a query's rows whole outside a transaction.
     */
    static final int LEADS_PER_QUERY = 500;

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

    /**
     * Hands every stored event of the given leads to {@code each}, grouped by lead and oldest first within a lead,
     * at most {@link #MAX_PER_LEAD} per lead (the oldest, as {@link #forLead} returns), in one query per
     * {@link #LEADS_PER_QUERY} leads.
     */
    static void forLeads(Connection connection, Collection<String> leadIds, Consumer<EventRecord> each) throws SQLException {
        List<String> ids = List.copyOf(new LinkedHashSet<>(leadIds));
        for (int from = 0; from < ids.size(); from += LEADS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LEADS_PER_QUERY));
            String sql = "SELECT lead_id, event_type, occurred_at_micros FROM activity_event WHERE lead_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY lead_id, occurred_at_micros, id";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    String lead = null;
                    int ofLead = 0;
                    while (rows.next()) {
                        String id = rows.getString(1);
                        ofLead = id.equals(lead) ? ofLead + 1 : 1;
                        lead = id;
                        if (ofLead <= MAX_PER_LEAD) {
                            each.accept(new EventRecord(id, rows.getString(2), EpochMicros.toInstant(rows.getLong(3))));
                        }
                    }
                }
            }
        }
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
