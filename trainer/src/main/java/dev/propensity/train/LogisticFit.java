package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.features.FeaturePipeline;
import java.time.OffsetDateTime;
import org.tribuo.Model;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains Tribuo's {@link LinearSGDTrainer} with a logistic objective on the pipeline's inputs. Only non-zero
 * inputs go into each example, so one-hot blocks cost nothing; the examples stream from the table's columns
 * ({@link TableDataset}) so that the trainer's own vectors are the only copy of the encoded rows.
 */
final class LogisticFit {
    static final String WON = dev.propensity.model.ScorerJson.WON;
    static final String LOST = dev.propensity.model.ScorerJson.LOST;

    /** The fitted Tribuo model and the mean of each input over the training rows. */
    record Result(Model<Label> model, double[] means) {
    }

    /** One row's non-zero inputs, in ascending input order. */
    private record NonZeros(int[] index, double[] value) {
        static NonZeros of(TableEncoder encoder, int row, int[] index, double[] value) {
            int n = encoder.nonZeros(row, index, value);
            return new NonZeros(java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(value, n));
        }
    }

    private LogisticFit() {
    }

    static Result fit(LeadTable table, int[] rows, FeaturePipeline pipeline, TrainingOptions options) {
        return fit(table, rows, pipeline, options, () -> { });
    }

    /**
     * @param onSgd run as Tribuo's epochs start, once it has read the examples (which the prefetching thread makes
     *              on the second core): the epochs are single-threaded, so what the caller starts then has the second
     *              core to itself. Not run when there are no examples.
     */
    static Result fit(LeadTable table, int[] rows, FeaturePipeline pipeline, TrainingOptions options, Runnable onSgd) {
        LabelFactory factory = new LabelFactory();
        SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance(
                table.fingerprint().file() + "#sha256=" + table.fingerprint().sha256(), OffsetDateTime.now(), factory);
        String[] names = pipeline.inputNames();
        TableEncoder encoder = new TableEncoder(table, pipeline);
        Label won = new Label(WON);
        Label lost = new Label(LOST);
        // One pass for what MutableDataset would learn from the examples: which inputs occur (only those get a
        // feature id), their statistics, and the labels; the examples themselves are made again while Tribuo reads.
        InputStatistics statistics = new InputStatistics(names.length);
        MutableOutputInfo<Label> labels = factory.generateInfo();
        // The rows are encoded a batch ahead on the second core (which would sit idle: this pass is the only work
        // now) and added up here in row order, so the sums are the same as from one thread.
        TableEncoder ahead = new TableEncoder(table, pipeline);
        int[] index = new int[names.length];
        double[] value = new double[names.length];
        try (PrefetchingIterator<NonZeros> encoded = new PrefetchingIterator<>("input-statistics", rows.length,
                i -> NonZeros.of(ahead, rows[i], index, value))) {
            for (int row : rows) {
                NonZeros next = encoded.next();
                statistics.add(next.index(), next.value(), next.index().length);
                labels.observe(table.won()[row] == 1 ? won : lost);
            }
        }
        TableDataset dataset = new TableDataset(provenance, statistics.featureMap(names),
                labels.generateImmutableOutputInfo(), encoder, rows, table.won(), names, won, lost);
        // A logging interval of -1 turns off Tribuo's per-iteration loss lines.
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(options.learningRate()),
                options.epochs(), -1, 1, options.seed());
        Model<Label> model;
        // Started once Tribuo has its vectors: while it reads the examples both cores are busy.
        dataset.whenRead(onSgd);
        try {
            model = trainer.train(dataset);
        } finally {
            dataset.stopReading();
        }
        return new Result(model, statistics.means(rows.length));
    }

}
