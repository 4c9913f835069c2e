package dev.propensity.server.config;

import dev.propensity.server.crm.CrmMappingException;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import dev.propensity.server.grading.RuleSet;
import dev.propensity.server.grading.RulesException;
import dev.propensity.server.grading.RulesFile;

/**
 * Reads flags and environment variables once into a {@link ServerConfig}, checking every value; a wrong one
 * is reported naming where it came from, such as {@code PROPENSITY_PORT: expected an integer from 0 to
 * 65535, got 'http'}.
 */
public final class ServerConfigReader {
    private final Map<ConfigKey, String> flags;
    private final Map<String, String> environment;

    /**
     * @param flags       values given on the command line (absent keys are not given)
     * @param environment the process environment, usually {@code System.getenv()}
     */
    public ServerConfigReader(Map<ConfigKey, String> flags, Map<String, String> environment) {
        this.flags = Map.copyOf(flags);
        this.environment = Map.copyOf(environment);
    }

    /** The configuration, keys optional: the caller decides whether a server without keys may start. */
    public ServerConfig read() {
        String host = text(ConfigKey.HOST);
        int port = (int) integer(ConfigKey.PORT, 0, 65_535);
        Path models = Path.of(text(ConfigKey.MODELS));
        String db = text(ConfigKey.DB_URL);
        if (!db.startsWith("jdbc:sqlite:") && !db.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(source(ConfigKey.DB_URL) + ": expected a jdbc:sqlite: or jdbc:postgresql: URL, got '" + db + "'");
        }
        Limits limits = new Limits((int) integer(ConfigKey.MAX_BATCH, 1, 100_000),
                integer(ConfigKey.MAX_BODY_BYTES, 1024, 256L << 20), httpThreads());
        Duration reload = Duration.ofMillis(integer(ConfigKey.RELOAD_INTERVAL_MS, 100, 3_600_000));
        String snapshots = value(ConfigKey.SNAPSHOTS);
        return new ServerConfig(host, port, models, db, keys(), limits, reload,
                snapshots == null ? ServerConfig.snapshotsBeside(models) : Path.of(snapshots), grading(), crm());
    }

    /** 0 (Javalin's default pool) or from {@link Limits#MIN_HTTP_THREADS} to 1,000. */
    private int httpThreads() {
        int threads = (int) integer(ConfigKey.HTTP_THREADS, 0, 1_000);
        if (threads != 0 && threads < Limits.MIN_HTTP_THREADS) {
            throw new ConfigException(source(ConfigKey.HTTP_THREADS) + ": expected 0 (Javalin's default pool) or from "
                    + Limits.MIN_HTTP_THREADS + " to 1000 threads, got " + threads);
        }
        return threads;
    }

    private GradingConfig grading() {
        RuleSet rules = RuleSet.NONE;
        String file = value(ConfigKey.RULES_FILE);
        if (file != null) {
            try {
                rules = RulesFile.read(Path.of(file));
            } catch (RulesException e) {
                throw new ConfigException(source(ConfigKey.RULES_FILE) + ": " + e.getMessage());
            }
        }
        return new GradingConfig(rules, probability(ConfigKey.FIT_THRESHOLD), probability(ConfigKey.ENGAGEMENT_THRESHOLD));
    }

    /** A probability strictly between 0 and 1, or NaN when not given. */
    private double probability(ConfigKey key) {
        String text = value(key);
        if (text == null) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value > 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(source(key) + ": expected a probability between 0 and 1, got '" + text + "'");
    }

    private CrmMappings crm() {
        try {
            String aliases = value(ConfigKey.FIELD_ALIASES);
            String stages = value(ConfigKey.STAGE_MAP);
            return new CrmMappings(aliases == null ? FieldAliases.NONE : FieldAliases.read(Path.of(aliases)),
                    stages == null ? StageMap.NONE : StageMap.parse(stages, source(ConfigKey.STAGE_MAP)));
        } catch (CrmMappingException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private List<KeySpec> keys() {
        List<KeySpec> keys = new ArrayList<>();
        String api = value(ConfigKey.API_KEY);
        if (api != null) {
            keys.add(new KeySpec("api-key", secret(ConfigKey.API_KEY, api), EnumSet.of(Scope.SCORE, Scope.FEEDBACK)));
        }
        String admin = value(ConfigKey.ADMIN_KEY);
        if (admin != null) {
            keys.add(new KeySpec("admin-key", secret(ConfigKey.ADMIN_KEY, admin), EnumSet.allOf(Scope.class)));
        }
        String file = value(ConfigKey.KEYS_FILE);
        if (file != null) {
            keys.addAll(KeysFile.read(Path.of(file), source(ConfigKey.KEYS_FILE)));
        }
        return keys;
    }

    private String secret(ConfigKey key, String secret) {
        if (secret.strip().length() < KeySpec.MIN_SECRET_LENGTH) {
            throw new ConfigException(source(key) + ": expected a key of at least " + KeySpec.MIN_SECRET_LENGTH
                    + " characters, got " + secret.strip().length());
        }
        return secret.strip();
    }

    private long integer(ConfigKey key, long min, long max) {
        String text = text(key);
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw new ConfigException(source(key) + ": expected an integer from " + min + " to " + max + ", got '" + text + "'");
    }

    private String text(ConfigKey key) {
        String value = value(key);
        return value == null ? key.defaultValue() : value;
    }

    /** The given value, flag before variable; blank counts as not given. */
    private String value(ConfigKey key) {
        String flag = flags.get(key);
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String variable = environment.get(key.variable());
        return variable == null || variable.isBlank() ? null : variable;
    }

    /** Where a key's value came from, for messages. */
    private String source(ConfigKey key) {
        String flag = flags.get(key);
        if (flag != null && !flag.isBlank()) {
            return key.flag();
        }
        if (environment.containsKey(key.variable()) || key.flag() == null) {
            return key.variable();
        }
        return key.flag() + " (default)";
    }
}
