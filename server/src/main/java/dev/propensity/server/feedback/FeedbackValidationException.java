package dev.propensity.server.feedback;

/**
 * Posted feedback breaks a rule of the domain; the message starts with the field's path, such as
 * {@code outcomes[3].outcome: expected won or lost, got 'maybe'}. The HTTP layer answers it with 400.
 */
public class FeedbackValidationException extends RuntimeException {
    private final String field;

    public FeedbackValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The path of the offending field, such as {@code outcomes[3].outcome}. */
    public String field() {
        return field;
    }
}
