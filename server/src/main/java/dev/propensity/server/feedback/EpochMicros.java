package dev.propensity.server.feedback;

import java.time.Instant;

/**
 * Instants as the feedback tables store them: whole microseconds since the epoch in a BIGINT, which both
 * databases compare and index the same way. Microseconds because that is PostgreSQL's timestamp
 * resolution and what {@code Instant.now()} gives on Linux; finer digits are dropped.
 */
final class EpochMicros {
    private EpochMicros() {
    }

    static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
