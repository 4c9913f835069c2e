package dev.propensity.server.config;

/**
 * Every configuration key: its flag, its environment variable and its default (null when it has none).
 * A flag wins over the variable, the variable over the default. Keys themselves have no flag: a command
 * line is visible to every user of the machine in the process list.
 */
public enum ConfigKey {
    HOST("--host", "PROPENSITY_HOST", "127.0.0.1"),
    PORT("--port", "PROPENSITY_PORT", "7070"),
    MODELS("--models", "PROPENSITY_MODELS", "models"),
    DB_URL("--db", "PROPENSITY_DB_URL", "jdbc:sqlite:propensity.db"),
    API_KEY(null, "PROPENSITY_API_KEY", null),
    ADMIN_KEY(null, "PROPENSITY_ADMIN_KEY", null),
    KEYS_FILE("--keys-file", "PROPENSITY_KEYS_FILE", null),
    MAX_BATCH("--max-batch", "PROPENSITY_MAX_BATCH", Integer.toString(Limits.DEFAULT_MAX_BATCH)),
    MAX_BODY_BYTES("--max-body-bytes", "PROPENSITY_MAX_BODY_BYTES", Long.toString(Limits.DEFAULT_MAX_BODY_BYTES)),
    /** Jetty's pool size; 0 keeps Javalin's default pool (see {@link Limits#httpThreads()}). */
    HTTP_THREADS("--http-threads", "PROPENSITY_HTTP_THREADS", "0"),
    RELOAD_INTERVAL_MS("--reload-interval-ms", "PROPENSITY_RELOAD_INTERVAL_MS", "2000"),
    /** Retraining snapshots; without it, {@code datasets/retrain} beside the registry folder. */
    SNAPSHOTS("--snapshots", "PROPENSITY_SNAPSHOTS", null),
    RULES_FILE("--rules-file", "PROPENSITY_RULES_FILE", null),
    FIT_THRESHOLD("--fit-threshold", "PROPENSITY_FIT_THRESHOLD", null),
    ENGAGEMENT_THRESHOLD("--engagement-threshold", "PROPENSITY_ENGAGEMENT_THRESHOLD", null),
    FIELD_ALIASES("--field-aliases", "PROPENSITY_FIELD_ALIASES", null),
    STAGE_MAP("--stage-map", "PROPENSITY_STAGE_MAP", null);

    private final String flag;
    private final String variable;
    private final String defaultValue;

    ConfigKey(String flag, String variable, String defaultValue) {
        this.flag = flag;
        this.variable = variable;
        this.defaultValue = defaultValue;
    }

    /** The command-line flag, or null for a key that is read from the environment only. */
    public String flag() {
        return flag;
    }

    public String variable() {
        return variable;
    }

    /** The default as text, or null when the key has none. */
    public String defaultValue() {
        return defaultValue;
    }
}
