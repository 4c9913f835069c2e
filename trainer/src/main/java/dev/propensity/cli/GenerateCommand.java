package dev.propensity.cli;

import dev.propensity.data.DataException;
import dev.propensity.generate.GenerationSummary;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes a synthetic CRM export (CSV, Parquet and ground truth) for trying out and testing the
 * trainer. Exit codes: 0 done, 2 invalid options, 1 the files could not be written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic CRM export whose true conversion probabilities are known:"
                + " opportunities and surveys as CSV and Parquet, plus ground_truth.csv.")
public final class GenerateCommand implements Callable<Integer> {
    static final int INVALID_OPTIONS = 2;
    static final int WRITE_FAILED = 1;

    @Option(names = "--leads", defaultValue = "5000", paramLabel = "N",
            description = "Number of leads to generate (default: ${DEFAULT-VALUE}).")
    long leads;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Random seed; the same seed gives identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "datasets/generated", paramLabel = "DIR",
            description = "Folder to write into; files there are replaced (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--shift",
            description = "Generate a shifted population (other persona, industry and channel mix, larger companies)"
                    + " for drift tests.")
    boolean shift;

    @Spec
    CommandSpec spec;

    /** Generates the files; returns the exit code and writes any error to the command's error stream. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(leads, seed, shift);
        } catch (IllegalArgumentException e) {
            err.println("generate: invalid --leads: " + e.getMessage());
            err.flush();
            return INVALID_OPTIONS;
        }
        GenerationSummary summary;
        try (ConsoleProgress progress = ConsoleProgress.start("generate", leads)) {
            summary = new SyntheticCrm(settings).generate(out, progress);
        } catch (IOException | DataException e) {
            err.println("generate: cannot write the data set to " + out + ": " + e.getMessage());
            err.flush();
            return WRITE_FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Wrote %d leads (%d with survey answers, %.1f %% won) to %s%n",
                summary.leads(), summary.surveys(), 100 * summary.winRate(), summary.folder());
        stdout.flush();
        return 0;
    }
}
