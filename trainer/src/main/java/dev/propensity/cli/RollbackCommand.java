package dev.propensity.cli;

import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.VersionLabel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rollback}: puts the champion before the current one back in use, as the history records them. */
@Command(name = "rollback",
        description = "Makes the previous champion the champion again and records it in the registry's history.")
public final class RollbackCommand implements Callable<Integer> {
    @Mixin
    ChampionChangeOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HistoryEntry entry = ModelRegistry.at(options.models.path()).rollback(null, options.why);
        out.println("rolled back: " + VersionLabel.format(entry.to()) + " is the champion in " + options.models.path()
                + " again (was " + VersionLabel.format(entry.from().orElseThrow()) + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
