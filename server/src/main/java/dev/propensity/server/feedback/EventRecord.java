package dev.propensity.server.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * One activity event of a lead, recorded before the lead is scored.
 *
 * @param leadId   the CRM's lead id
 * @param type     the event type, such as web_visit
 * @param occurred when it happened; stored with microsecond precision
 */
public record EventRecord(String leadId, String type, Instant occurred) {
    public EventRecord {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurred, "occurred");
    }
}
