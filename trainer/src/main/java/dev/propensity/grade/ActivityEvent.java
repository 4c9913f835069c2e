package dev.propensity.grade;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a lead did, at a time: a web visit, a download, an e-mail click.
 *
 * @param type the event type as the marketing tool names it
 * @param time when it happened
 */
public record ActivityEvent(String type, Instant time) {
    public ActivityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }
}
