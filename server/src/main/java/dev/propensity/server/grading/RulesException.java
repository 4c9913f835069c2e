package dev.propensity.server.grading;

/** A rules file that cannot be used, with a message naming the file and line. */
public final class RulesException extends RuntimeException {
    public RulesException(String message) {
        super(message);
    }
}
