package dev.propensity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code models}: lists the registry's versions with their data counts and test metrics, champion marked. */
@Command(name = "models",
        description = "Lists the model versions in the registry: when each was made, its training rows, "
                + "wins/losses, test AUC and log loss; the champion is marked with *.")
public final class ModelsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    // Only --help: a --version flag would read as a model version on a command about versions.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    RegistryOption registry;

    @Option(names = "--json", description = "Print JSON for programs instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path models = registry.path();
        ModelRegistry versions = ModelRegistry.at(models);
        OptionalInt champion = versions.champion().map(v -> OptionalInt.of(v.number())).orElse(OptionalInt.empty());
        List<VersionSummary> summaries = versions.versions().stream()
                .map(v -> VersionSummary.of(v, isChampion(v, champion))).toList();
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(VersionTable.json(models.toString(), summaries, JSON)));
        } else if (summaries.isEmpty()) {
            out.println("no model versions in " + models + " yet");
        } else {
            out.print(VersionTable.text(summaries));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean isChampion(ModelVersion version, OptionalInt champion) {
        return champion.isPresent() && champion.getAsInt() == version.number();
    }
}
