package dev.propensity.features;

/** A lead's field holds a value of the wrong type; names the field so that an API can point at it. */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
