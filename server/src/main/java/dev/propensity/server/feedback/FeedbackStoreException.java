package dev.propensity.server.feedback;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** The feedback database failed or could not be reached; the message says what the store was doing. */
public class FeedbackStoreException extends RuntimeException {
    public FeedbackStoreException(String message) {
        super(message);
    }

    public FeedbackStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the database could not be reached (down, restarting, its connections cut, the pool timed out
     * waiting for one) rather than refusing the work: a condition that passes, worth a 503 and a retry, where a
     * failing statement is a fault of ours.
     */
    public boolean isUnavailable() {
        for (Throwable cause = getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // SQL state class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's "the server is shutting
            // down, or an administrator ended this connection"; both mean: try again on a new connection.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
