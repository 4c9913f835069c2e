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
 * @param crm            the CRM's field aliases and deal stages
 */
public record ServerConfig(String host, int port, Path models, String databaseUrl, List<KeySpec> keys,
                           Limits limits, Duration reloadInterval, Path snapshots, GradingConfig grading,
                           CrmMappings crm) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(reloadInterval, "reloadInterval");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(crm, "crm");
        keys = List.copyOf(keys);
    }

    /**
     * A configuration with the defaults for the rest: snapshots beside the registry, no override rules or
     * threshold overrides, no CRM mappings (leads use the schema's names, outcomes say won or lost).
     */
    public ServerConfig(String host, int port, Path models, String databaseUrl, List<KeySpec> keys, Limits limits,
                        Duration reloadInterval) {
        this(host, port, models, databaseUrl, keys, limits, reloadInterval, snapshotsBeside(models),
                GradingConfig.NONE, CrmMappings.NONE);
    }

    /**
     * The default snapshot folder: {@code datasets/retrain} beside the registry, since {@code models/} and
     * {@code datasets/} are siblings in the project layout.
     */
    public static Path snapshotsBeside(Path models) {
        return models.toAbsolutePath().normalize().resolveSibling("datasets").resolve("retrain");
    }

    /** The same configuration with other CRM mappings. */
    public ServerConfig withCrm(CrmMappings newCrm) {
        return new ServerConfig(host, port, models, databaseUrl, keys, limits, reloadInterval, snapshots, grading, newCrm);
    }

    /** The same configuration with other override rules and thresholds. */
    public ServerConfig withGrading(GradingConfig newGrading) {
        return new ServerConfig(host, port, models, databaseUrl, keys, limits, reloadInterval, snapshots, newGrading, crm);
    }

    /** The same configuration with other keys (the demo adds generated ones). */
    public ServerConfig withKeys(List<KeySpec> newKeys) {
        return new ServerConfig(host, port, models, databaseUrl, newKeys, limits, reloadInterval, snapshots, grading, crm);
    }

    /** The same configuration on another port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, models, databaseUrl, keys, limits, reloadInterval, snapshots, grading, crm);
    }
}
