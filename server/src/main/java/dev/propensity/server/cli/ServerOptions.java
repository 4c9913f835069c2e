package dev.propensity.server.cli;

import dev.propensity.server.config.ConfigKey;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The server's flags, shared by {@code serve} and {@code demo}. Each is optional: an absent flag falls back
 * to its {@code PROPENSITY_*} variable, then to the default (see {@code server/CONFIG.md}).
 */
public final class ServerOptions {
    @Option(names = "--host", description = "Interface to listen on (PROPENSITY_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "Port (PROPENSITY_PORT, default 7070; 0 picks a free one).")
    String port;

    @Option(names = "--models", description = "Model registry folder (PROPENSITY_MODELS, default models).")
    String models;

    @Option(names = "--db", description = "Feedback store JDBC URL (PROPENSITY_DB_URL, default jdbc:sqlite:propensity.db).")
    String db;

    @Option(names = "--keys-file", description = "JSON file of API keys (PROPENSITY_KEYS_FILE).")
    String keysFile;

    @Option(names = "--max-batch", description = "Leads per batch request at most (PROPENSITY_MAX_BATCH, default 1000).")
    String maxBatch;

    @Option(names = "--max-body-bytes", description = "Request body bytes at most (PROPENSITY_MAX_BODY_BYTES, default 1048576).")
    String maxBodyBytes;

    @Option(names = "--http-threads", description = "Threads in the HTTP server's pool, at least 4; 0 keeps Javalin's "
            + "default pool (PROPENSITY_HTTP_THREADS, default 0).")
    String httpThreads;

    @Option(names = "--reload-interval-ms", description = "How often to look for a new champion (PROPENSITY_RELOAD_INTERVAL_MS, default 2000).")
    String reloadIntervalMs;

    @Option(names = "--snapshots", description = "Folder of retraining snapshots (PROPENSITY_SNAPSHOTS, default "
            + "datasets/retrain beside the registry).")
    String snapshots;
    @Option(names = "--rules-file", description = "Grade and route override rules (PROPENSITY_RULES_FILE).")
    String rulesFile;

    @Option(names = "--fit-threshold", description = "Fit probability from which fit is high, overriding the version's (PROPENSITY_FIT_THRESHOLD).")
    String fitThreshold;

    @Option(names = "--engagement-threshold", description = "Engagement probability from which engagement is high (PROPENSITY_ENGAGEMENT_THRESHOLD).")
    String engagementThreshold;

    @Option(names = "--field-aliases", description = "File of the CRM's names for the schema's fields, 'field = alias, alias' per line (PROPENSITY_FIELD_ALIASES).")
    String fieldAliases;

    @Option(names = "--stage-map", description = "CRM deal stages meaning won or lost, as 'Closed Won=won,Closed Lost=lost' (PROPENSITY_STAGE_MAP).")
    String stageMap;

    /** The flags given, as text, for {@link dev.propensity.server.config.ServerConfigReader} to check. */
    public Map<ConfigKey, String> flags() {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        put(flags, ConfigKey.HOST, host);
        put(flags, ConfigKey.PORT, port);
        put(flags, ConfigKey.MODELS, models);
        put(flags, ConfigKey.DB_URL, db);
        put(flags, ConfigKey.KEYS_FILE, keysFile);
        put(flags, ConfigKey.MAX_BATCH, maxBatch);
        put(flags, ConfigKey.MAX_BODY_BYTES, maxBodyBytes);
        put(flags, ConfigKey.HTTP_THREADS, httpThreads);
        put(flags, ConfigKey.RELOAD_INTERVAL_MS, reloadIntervalMs);
        put(flags, ConfigKey.SNAPSHOTS, snapshots);
        put(flags, ConfigKey.RULES_FILE, rulesFile);
        put(flags, ConfigKey.FIT_THRESHOLD, fitThreshold);
        put(flags, ConfigKey.ENGAGEMENT_THRESHOLD, engagementThreshold);
        put(flags, ConfigKey.FIELD_ALIASES, fieldAliases);
        put(flags, ConfigKey.STAGE_MAP, stageMap);
        return flags;
    }

    private static void put(Map<ConfigKey, String> flags, ConfigKey key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
