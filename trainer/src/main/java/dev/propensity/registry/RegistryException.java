package dev.propensity.registry;

/**
 * A registry operation could not be done; the message names the version and the file concerned.
 * {@link #kind()} tells a caller whether the request was at fault (an unknown version, nothing to roll
 * back to) or the registry itself (a damaged file, a failed write).
 */
public class RegistryException extends RuntimeException {
    /** What went wrong, so that a command line or a server can map it to an exit code or a status once. */
    public enum Kind {
        /** The request cannot be carried out as asked: a bad version label or file name, nothing to roll back to. */
        INVALID_REQUEST,
        /** The request names a version the registry does not hold. */
        UNKNOWN_VERSION,
        /** A file in the registry is missing, unreadable or not what the registry wrote. */
        DAMAGED,
        /** Reading or writing the registry's folder failed. */
        IO_FAILURE
    }

    private final Kind kind;

    public RegistryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RegistryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** True when the caller asked for something impossible, as opposed to the registry being broken. */
    public boolean isCallerError() {
        return kind == Kind.INVALID_REQUEST || kind == Kind.UNKNOWN_VERSION;
    }
}
