package dev.propensity.persona;

/** A persona setting, persona file or persona book that cannot be used; the message names the key or line. */
public final class PersonaException extends RuntimeException {
    public PersonaException(String message) {
        super(message);
    }

    public PersonaException(String message, Throwable cause) {
        super(message, cause);
    }
}
