package dev.propensity.server.retrain;

/**
 * A retraining run cannot start or go on because of its inputs: no champion, too few fed-back outcomes, a
 * champion whose training data is gone. The message says what is missing and where.
 */
public class RetrainException extends RuntimeException {
    public RetrainException(String message) {
        super(message);
    }

    public RetrainException(String message, Throwable cause) {
        super(message, cause);
    }
}
