package dev.propensity.server.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Tiny named scores and outcomes for the feedback tests. */
final class Leads {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final LocalDate CLOSED = LocalDate.of(2025, 3, 31);

    private Leads() {
    }

    /** A score of {@code leadId} by model {@code version}, with an input that says which score it was. */
    static ScoreRecord score(String leadId, int version, Instant at, String marker) {
        return new ScoreRecord(leadId, version, 0.25 + version / 100.0, 40 + version,
                "{\"lead_id\":\"" + leadId + "\",\"marker\":\"" + marker + "\"}", at, "req-" + marker);
    }

    static OutcomeRequest won(String key, String leadId, String amount) {
        return new OutcomeRequest(leadId, "won", amount == null ? null : new BigDecimal(amount), CLOSED, key);
    }

    static OutcomeRequest lost(String key, String leadId) {
        return new OutcomeRequest(leadId, "lost", null, CLOSED, key);
    }
}
