package dev.propensity.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the server needs to start, read once by {@link ServerConfigReader}. Immutable.
 *
 * @param host           interface to listen on
 * @param port           port to listen on; 0 picks a free one
 * @param models         the model registry folder
 * @param databaseUrl    JDBC URL of the feedback store
 * @param keys           every accepted API key
 * @param limits         request size limits
 * @param reloadInterval how often the champion alias is checked for a new model
 * @param snapshots      the folder retraining writes its Parquet snapshots to
 * @param grading        override rules and threshold overrides
 */
public record ServerConfig(String host, int port, Path models, String databaseUrl, List<KeySpec> keys,
                           Limits limits, Duration reloadInterval, Path snapshots, GradingConfig grading) {
    public ServerConfig {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(reloadInterval, "reloadInterval");
        keys = List.copyOf(keys);
        Objects.requireNonNull(grading, "grading");
    }

    /**
     * A configuration whose retraining snapshots go to the default folder beside the registry, without rules or
     * threshold overrides.
     */
    public ServerConfig(String host, int port, Path models, String databaseUrl, List<KeySpec> keys, Limits limits,
                        Duration reloadInterval) {
        this(host, port, models, databaseUrl, keys, limits, reloadInterval, snapshotsBeside(models), GradingConfig.NONE);
    }

    /**
     * The default snapshot folder: {@code datasets/retrain} beside the registry, since {@code models/} and
     * {@code datasets/} are siblings in the project layout.
     */
    public static Path snapshotsBeside(Path models) {
        return models.toAbsolutePath().normalize().resolveSibling("datasets").resolve("retrain");
    }

    /** The same configuration with other keys (the demo adds generated ones). */
    public ServerConfig withKeys(List<KeySpec> newKeys) {
        return new ServerConfig(host, port, models, databaseUrl, newKeys, limits, reloadInterval, snapshots, grading);
    }

    /** The same configuration on another port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, models, databaseUrl, keys, limits, reloadInterval, snapshots, grading);
    }
}
