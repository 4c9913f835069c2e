package dev.propensity.cli;

import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.VersionLabel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code promote VERSION}: makes a published version the champion and records who did it and why. */
@Command(name = "promote",
        description = "Makes a published model version the champion (the one the server scores with) "
                + "and records it in the registry's history.")
public final class PromoteCommand implements Callable<Integer> {
    @Mixin
    ChampionChangeOptions options;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The version to promote, as 3 or v3.")
    String version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int number = VersionLabel.parse(version);
        // The person running the command is the one deciding: the registry records the OS user.
        HistoryEntry entry = ModelRegistry.at(options.models.path()).promote(number, null, options.why, null);
        out.println(VersionLabel.format(entry.to()) + " is now the champion in " + options.models.path() + " ("
                + (entry.from().isPresent() ? "was " + VersionLabel.format(entry.from().getAsInt()) : "first champion")
                + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
