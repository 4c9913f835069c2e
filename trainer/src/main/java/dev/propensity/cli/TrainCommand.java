package dev.propensity.cli;

import dev.propensity.data.LeadTable;
import dev.propensity.grade.GradingFiles;
import dev.propensity.grade.GradingSpec;
import dev.propensity.grade.GradingSpecReader;
import dev.propensity.persona.DealColumns;
import dev.propensity.persona.PersonaFile;
import dev.propensity.persona.PersonaInputChoice;
import dev.propensity.persona.PersonaName;
import dev.propensity.persona.PersonaSettings;
import dev.propensity.persona.PersonaSettingsReader;
import dev.propensity.persona.PersonaStep;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.report.ReportFiles;
import dev.propensity.schema.Schema;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code propensity train}: fit a model from a schema's data, publish it as a new version, promote it if it passes.
 * Exits {@link ExitCodes#NOT_PROMOTED} when the guards refused the promotion.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on the data a schema describes and publish it as a new registry version.")
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    RegistryOption models;

    @Option(names = "--no-promote", description = "Publish the version without making it the champion.")
    boolean noPromote;

    @Option(names = "--epochs", description = "SGD epochs (default: 10 on small data, down to 3 on a million leads).")
    Integer epochs;

    @Option(names = "--seed", description = "Seed of the split and the SGD shuffle (default: 42).")
    Long seed;

    @Option(names = "--min-wins", description = "Wins needed to promote (default: 50).")
    Integer minWins;

    @Option(names = "--min-losses", description = "Losses needed to promote (default: 50).")
    Integer minLosses;

    @Option(names = "--folds", description = "Cross-validation folds beside the held-out split: 0 for none"
            + " (default: 5 below 2,000 rows, none above; the base-rate guard then reads the pooled figures).")
    Integer folds;

    @Option(names = "--refit-all", description = "After evaluation, publish a model refit on every row"
            + " (the report keeps the evaluation's held-out figures).")
    boolean refitAll;

    @Option(names = "--tune", description = "Choose the rare-level threshold, the epochs and pairwise interactions on a"
            + " validation part of the training rows first (up to 20,000 training rows).")
    boolean tune;

    @Option(names = "--why", defaultValue = "trained from the command line", description = "Reason recorded in the history.")
    String why;

    @Override
    public Integer call() {
        Logging.quietLibraries();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds != null && (folds < 0 || folds == 1)) {
            throw new ParameterException(spec.commandLine(), "--folds: expected 0 (none) or at least 2, got " + folds);
        }
        Schema schema = input.schema();
        // Personas (issue 9): the persona file is checked before anything is trained or written.
        Optional<PersonaSettings> personas = PersonaSettingsReader.read(input.schemaFile(), schema);
        Map<String, PersonaName> names = personas.map(p -> personaNames(p, err)).orElse(Map.of());
        LeadTable wide = input.load(err, personas.map(p -> DealColumns.widen(schema, p)).orElse(schema));
        LeadTable table = personas.isPresent() ? DealColumns.narrow(wide, schema) : wide;
        TrainingOptions options = options();
        ModelRegistry registry = ModelRegistry.at(models.path());
        GradingSpec grading = GradingSpecReader.read(input.schemaFile(), schema);
        TrainingRun.VersionFiles files = GradingFiles.with(grading, ReportFiles.forGradedTraining(registry));
        if (personas.isPresent()) {
            // The persona as a model input, kept only where it helps (PersonaInputChoice states the rule).
            PersonaInputChoice choice = PersonaInputChoice.decide(table, wide, personas.get(),
                    PersonaStep.previous(registry, wide, why -> err.println("warning: " + why)), names, options);
            table = choice.table(table);
            files = PersonaStep.wrap(files, registry, personas.get(), wide, names, Optional.of(choice));
        }
        TrainingRun run = new TrainingRun(registry, options, files);
        TrainingRun.Result result = run.run(table, !noPromote, System.getProperty("user.name"), why);
        print(out, result);
        // A refused promotion is not a success for a script that wanted a new champion (README, "Verbs").
        return result.promotion().isPresent() && !result.trained().verdict().promotable()
                ? ExitCodes.NOT_PROMOTED : ExitCodes.OK;
    }

    /** The data team's names; a persona file not written yet is a note (the personas verb drafts it), not an error. */
    static Map<String, PersonaName> personaNames(PersonaSettings settings, PrintWriter err) {
        if (settings.names().isEmpty()) {
            return Map.of();
        }
        Path file = settings.names().get();
        if (!java.nio.file.Files.exists(file)) {
            err.println("note: persona file " + file + " does not exist yet; personas stay unnamed"
                    + " ('propensity personas' drafts it)");
            return Map.of();
        }
        return PersonaFile.read(file);
    }

    private TrainingOptions options() {
        TrainingOptions options = TrainingOptions.DEFAULT;
        if (epochs != null) {
            options = options.withEpochs(epochs);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (folds != null) {
            options = options.withFolds(folds);
        }
        options = options.withRefitAll(refitAll).withTune(tune);
        if (minWins != null || minLosses != null) {
            options = options.withMinimums(minWins == null ? options.minWins() : minWins,
                    minLosses == null ? options.minLosses() : minLosses);
        }
        return options;
    }

    private static void print(PrintWriter out, TrainingRun.Result result) {
        TrainedModel t = result.trained();
        out.printf(Locale.ROOT, "trained %s on %d leads (%d wins, %d losses), %s split: %d train / %d test%n",
                result.version().label(), t.table().size(), t.table().wins(), t.table().losses(),
                t.split().method(), t.split().train().length, t.split().test().length);
        out.printf(Locale.ROOT, "test   ROC AUC %.4f  PR AUC %.4f  log loss %.4f  Brier %.4f  ECE %.4f%n",
                t.test().rocAuc(), t.test().prAuc(), t.test().logLoss(), t.test().brier(), t.test().ece());
        out.println(IntervalSummary.line(t.intervals()));
        if (t.crossValidation() != null) {
            CrossValidationOutput.print(out, t.crossValidation());
        }
        t.tuning().forEach(step -> out.printf(Locale.ROOT, "tune   %-20s %-28s validation log loss %.4f  AUC %.4f  gain %+.4f%s%n",
                step.step(), step.choice(), step.validationLogLoss(), step.validationAuc(), step.gain(),
                step.kept() ? "  kept" : ""));
        if (t.refit()) {
            out.println("published model refit on all " + t.table().size() + " rows; the figures above are the evaluation's");
        }
        out.printf(Locale.ROOT, "base   ROC AUC %.4f  PR AUC %.4f  log loss %.4f  Brier %.4f  (always %.3f)%n",
                t.baseline().rocAuc(), t.baseline().prAuc(), t.baseline().logLoss(), t.baseline().brier(),
                t.train().baseRate());
        t.verdict().problems().forEach(p -> out.println("guard: " + p));
        // The same checks as the report's, computed once during training.
        t.checks().notes().forEach(n -> out.println("check: " + n));
        result.promotion().ifPresentOrElse(
                h -> out.println(t.verdict().promotable() ? "champion is now " + result.version().label()
                        : "not promoted: the champion is unchanged"),
                () -> out.println("published " + result.version().label() + " without promoting it"));
        out.println("model folder: " + result.version().folder());
        out.println("report: " + result.version().file(ReportFiles.HTML_FILE));
        GradeSummary.print(out, result.version());
        PersonaSummary.print(out, result.version());
    }
}
