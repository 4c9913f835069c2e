package dev.propensity.server.config;

/** A configuration value is missing or wrong; the message names the flag or environment variable. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
