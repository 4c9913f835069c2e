package dev.propensity.cli;

import dev.propensity.data.LeadTable;
import dev.propensity.train.CrossValidation;
import dev.propensity.train.DataSplit;
import dev.propensity.train.Folds;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.Splitter;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propensity evaluate}: train and judge a model without publishing it, and optionally write the split and
 * the held-out predictions so that another tool (a notebook, scikit-learn) can be compared on exactly these rows.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Train and evaluate on a schema's data without publishing; optionally write the split.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Option(names = "--split", defaultValue = "auto",
            description = "auto (by time when the schema has a timestamp, else stratified), or stratified.")
    String split;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "0", description = "SGD epochs; 0 chooses by data size (default).")
    int epochs;

    @Option(names = "--bins", defaultValue = "10", description = "Quantile bins per numeric field, 0 for none (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--predictions-out", description = "CSV of row (0-based data row), set (train/test), won, probability;"
            + " with --folds: row, fold, won, out-of-fold probability.")
    Path predictionsOut;

    @Option(names = "--tune", description = "Search the rare-level threshold, epochs and interactions on the training"
            + " rows of each fit (nested inside each fold with --folds).")
    boolean tune;

    @Option(names = "--folds", defaultValue = "0", description = "Cross-validate with K folds instead of one split"
            + " (time-blocked with a timestamp unless --split stratified; 0: one split, the default).")
    int folds;

    @Override
    public Integer call() throws IOException {
        Logging.quietLibraries();
        PrintWriter out = spec.commandLine().getOut();
        if (!split.equals("auto") && !split.equals("stratified")) {
            throw new ParameterException(spec.commandLine(), "--split must be auto or stratified, got '" + split + "'");
        }
        LeadTable table = input.load(spec.commandLine().getErr());
        TrainingOptions defaults = TrainingOptions.DEFAULT.withSeed(seed).withEpochs(epochs);
        TrainingOptions options = new TrainingOptions(defaults.epochs(), defaults.learningRate(), defaults.seed(),
                defaults.testFraction(), new dev.propensity.features.PipelineOptions(bins,
                defaults.pipeline().minLevelCount(), defaults.pipeline().maxLevels(), defaults.pipeline().logSkewness()),
                defaults.minWins(), defaults.minLosses(), defaults.leakageFieldAuc(), defaults.leakageModelAuc())
                .withTune(tune);
        if (folds != 0) {
            return crossValidate(out, table, options);
        }
        DataSplit dataSplit = split.equals("stratified")
                ? Splitter.stratified(table.won(), options.testFraction(), seed)
                : Splitter.split(table, options.testFraction(), seed);
        long start = System.nanoTime();
        TrainedModel trained = new ModelTrainer(options).train(table, dataSplit);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: %d rows, %s split, trained in %.2f s%n", table.schema().name(), table.size(),
                dataSplit.method(), seconds);
        out.printf(Locale.ROOT, "test ROC AUC %.4f  PR AUC %.4f  log loss %.4f  Brier %.4f  ECE %.4f%n",
                trained.test().rocAuc(), trained.test().prAuc(), trained.test().logLoss(),
                trained.test().brier(), trained.test().ece());
        out.println(IntervalSummary.line(trained.intervals()));
        trained.verdict().problems().forEach(p -> out.println("guard: " + p));
        if (predictionsOut != null) {
            writePredictions(trained);
        }
        return ExitCodes.OK;
    }

    private int crossValidate(PrintWriter out, LeadTable table, TrainingOptions options) throws IOException {
        if (folds < 2 || folds > table.size()) {
            spec.commandLine().getErr().println("error: --folds: expected 2 to " + table.size() + " (the rows), got " + folds);
            return 2;
        }
        List<DataSplit> splits = split.equals("stratified") ? Folds.stratified(table.won(), folds, seed)
                : Folds.of(table, folds, seed);
        long start = System.nanoTime();
        CrossValidation cv = CrossValidation.run(table, splits, options);
        out.printf(Locale.ROOT, "%s: %d rows, %s, trained %d times in %.2f s%n", table.schema().name(), table.size(),
                cv.method(), folds, (System.nanoTime() - start) / 1e9);
        CrossValidationOutput.print(out, cv);
        if (predictionsOut != null) {
            CrossValidationOutput.write(predictionsOut, cv, table.won());
        }
        return 0;
    }

    private void writePredictions(TrainedModel trained) throws IOException {
        Path folder = predictionsOut.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(predictionsOut)) {
            writer.write("row,set,won,probability\n");
            for (int row : trained.split().train()) {
                writer.write(row + ",train," + trained.table().won()[row] + ",\n");
            }
            int[] test = trained.split().test();
            for (int i = 0; i < test.length; i++) {
                writer.write(test[i] + ",test," + trained.table().won()[test[i]] + ","
                        + trained.testProbability()[i] + "\n");
            }
        }
    }
}
