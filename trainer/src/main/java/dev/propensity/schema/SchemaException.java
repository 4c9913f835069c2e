package dev.propensity.schema;

/** A schema file or a data set does not fit the schema; the message names the column and the problem. */
public class SchemaException extends RuntimeException {
    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
