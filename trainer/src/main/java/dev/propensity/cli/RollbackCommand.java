package dev.propensity.cli;

import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.RegistryException;
import dev.propensity.registry.VersionLabel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollback}: puts the champion before the current one back in use, as the history records them. */
@Command(name = "rollback",
        description = "Makes the previous champion the champion again and records it in the registry's history.")
public final class RollbackCommand implements Callable<Integer> {
    // Only --help: a --version flag would read as a model version on a command about versions.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--why", paramLabel = "TEXT", description = "The reason, kept in the history.")
    String why;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "The registry folder (default: ${DEFAULT-VALUE}).")
    Path models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            HistoryEntry entry = ModelRegistry.at(models).rollback(null, why);
            out.println("rolled back: " + VersionLabel.format(entry.to()) + " is the champion in " + models
                    + " again (was " + VersionLabel.format(entry.from().orElseThrow()) + ")");
            out.flush();
            return 0;
        } catch (RegistryException e) {
            return RegistryErrors.report("rollback", e, spec.commandLine().getErr());
        }
    }
}
