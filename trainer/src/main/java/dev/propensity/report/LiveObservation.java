package dev.propensity.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One lead the champion scored, as the server's score log keeps it, with its outcome once the CRM reported it.
 *
 * @param scoredAt    when it was scored
 * @param probability the probability served
 * @param won         true for a win, false for a loss, null while no outcome has come back
 * @param fields      the raw input fields as posted (strings, numbers, booleans or null)
 */
public record LiveObservation(Instant scoredAt, double probability, Boolean won, Map<String, Object> fields) {
    public LiveObservation {
        Objects.requireNonNull(scoredAt, "scoredAt");
        // A copy that allows null values, which Map.copyOf refuses: a posted field may be null.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
