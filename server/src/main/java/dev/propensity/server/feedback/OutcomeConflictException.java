package dev.propensity.server.feedback;

import java.util.List;

/**
 * A post reused idempotency keys that are stored with different content. The whole post was rejected and
 * nothing from it was written; the message and {@link #keys()} name every conflicting key.
 */
public class OutcomeConflictException extends RuntimeException {
    private final List<String> keys;

    public OutcomeConflictException(List<String> keys) {
        super("idempotency keys already used with different content: " + String.join(", ", keys));
        this.keys = List.copyOf(keys);
    }

    /** The conflicting keys, in the order they were posted. */
    public List<String> keys() {
        return keys;
    }
}
