package dev.propensity.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The registry folder every verb reads: {@code --models}, else {@code $PROPENSITY_MODELS} (the variable the
 * server reads), else {@code models}. One definition, so that a cron job, the server and a person at a terminal
 * agree on where the versions are.
 */
public final class RegistryOption {
    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${env:PROPENSITY_MODELS:-models}",
            description = "Model registry folder (default: $PROPENSITY_MODELS, else models).")
    Path models;

    /** The folder given or defaulted. */
    public Path path() {
        return models;
    }
}
