package dev.propensity.data;

/** A data file cannot be read as the schema says; the message names the file, the column and the row. */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
