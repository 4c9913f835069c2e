package dev.propensity.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code promote} and {@code rollback} share: the registry they change, the reason, and help only. */
public final class ChampionChangeOptions {
    // Only --help: a --version flag would read as a model version on a command about versions.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--why", paramLabel = "TEXT", description = "The reason, kept in the history.")
    String why;

    @Mixin
    RegistryOption models;
}
