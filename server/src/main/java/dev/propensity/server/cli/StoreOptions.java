package dev.propensity.server.cli;

import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.cli.RegistryOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The registry and the feedback store, for verbs that read both outside the server ({@code retrain},
 * {@code report --live}). Defaults come from the same environment variables as {@code serve}, so a cron job and
 * the server read one configuration.
 */
public final class StoreOptions {
    @Mixin
    RegistryOption registry;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:PROPENSITY_DB_URL:-" + DatabaseConfig.DEFAULT_URL + "}",
            description = "Feedback store JDBC URL (default: $PROPENSITY_DB_URL, else " + DatabaseConfig.DEFAULT_URL + ").")
    String db;
}
