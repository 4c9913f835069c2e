package dev.propensity.server.feedback;

/**
 * What became of one posted outcome.
 *
 * @param outcome the record as stored: the new one, or for a duplicate the one stored first
 * @param status  whether this post created the record or repeated an earlier post of the same key
 */
public record OutcomeResult(StoredOutcome outcome, Status status) {

    /** Whether a post stored something new. */
    public enum Status {
        /** The key was new; the outcome was stored. */
        CREATED,
        /** The key was stored before with the same content; nothing was written. */
        DUPLICATE
    }
}
