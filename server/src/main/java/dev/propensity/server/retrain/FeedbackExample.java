package dev.propensity.server.retrain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fed-back outcome as a training example: labelled by the CRM, described by the input as it was scored.
 *
 * @param leadId     the CRM's lead id
 * @param won        whether the lead was won
 * @param closeDate  when the CRM closed it: the example's timestamp
 * @param receivedAt when the outcome reached the store, to order outcomes closed on the same day
 * @param values     feature name to typed value (String, Double, Boolean) or null when missing
 */
public record FeedbackExample(String leadId, boolean won, LocalDate closeDate, Instant receivedAt,
                              Map<String, Object> values) {
    public FeedbackExample {
        // Map.copyOf refuses nulls, and a missing value is null.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
