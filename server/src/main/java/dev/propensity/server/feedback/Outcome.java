package dev.propensity.server.feedback;

import java.util.Optional;

/** How a lead closed in the CRM; written as {@code won} or {@code lost} on the wire and in the database. */
public enum Outcome {
    WON("won"),
    LOST("lost");

    private final String wireName;

    Outcome(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON and in the {@code outcome} column. */
    public String wireName() {
        return wireName;
    }

    /** The outcome with this wire name, exactly as written ({@code won} or {@code lost}), if there is one. */
    public static Optional<Outcome> fromWireName(String text) {
        for (Outcome outcome : values()) {
            if (outcome.wireName.equals(text)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
