package dev.propensity.server.scoring;

/** A model version could not be loaded or failed its check; the message names the version and why. */
public class ModelRefusedException extends RuntimeException {
    private final int version;

    public ModelRefusedException(int version, String reason, Throwable cause) {
        super("v" + version + " refused: " + reason, cause);
        this.version = version;
    }

    public int version() {
        return version;
    }
}
