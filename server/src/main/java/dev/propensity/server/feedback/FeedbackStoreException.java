package dev.propensity.server.feedback;

/** The feedback database failed or could not be reached; the message says what the store was doing. */
public class FeedbackStoreException extends RuntimeException {
    public FeedbackStoreException(String message) {
        super(message);
    }

    public FeedbackStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
