package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.features.FeaturePipeline;
import java.time.OffsetDateTime;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains Tribuo's logistic regression ({@link PrimitiveSGDTrainer}: its linear SGD trainer's arithmetic on primitive
 * arrays) on the pipeline's inputs. Only non-zero inputs go into each row, so one-hot blocks cost nothing; the rows are
 * encoded once, into the block the trainer reads ({@link SparseRows}), which is the only copy of the encoded rows.
 */
final class LogisticFit {
    static final String WON = dev.propensity.model.ScorerJson.WON;
    static final String LOST = dev.propensity.model.ScorerJson.LOST;
    /** A row's class before the labels have ids: 1 for a win, 0 for a loss. */
    private static final int LOSS = 0;
    private static final int WIN = 1;

    /** The fitted Tribuo model and the mean of each input over the training rows. */
    record Result(Model<Label> model, double[] means) {
    }

    /** One row's non-zero inputs in name order, then the bias (input number {@code width}, value 1). */
    private record NonZeros(int[] index, double[] value) {
        int inputs() {
            return index.length - 1;
        }
    }

    private LogisticFit() {
    }

    static Result fit(LeadTable table, int[] rows, FeaturePipeline pipeline, TrainingOptions options) {
        return fit(table, rows, pipeline, options, () -> { });
    }

    /**
     * @param onSgd run as the epochs start, once the rows are encoded (which the prefetching thread does on the
     *              second core): the epochs are single-threaded, so what the caller starts then has the second core
     *              to itself
     */
    static Result fit(LeadTable table, int[] rows, FeaturePipeline pipeline, TrainingOptions options, Runnable onSgd) {
        LabelFactory factory = new LabelFactory();
        SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance(
                table.fingerprint().file() + "#sha256=" + table.fingerprint().sha256(), OffsetDateTime.now(), factory);
        String[] names = pipeline.inputNames();
        int width = names.length;
        int[] nameRank = nameRanks(names);
        Label won = new Label(WON);
        Label lost = new Label(LOST);
        // One pass learns what MutableDataset would from the examples (which inputs occur: only those get a feature
        // id; their statistics; the labels) and keeps the rows for the trainer. The rows are encoded a batch ahead on
        // the second core and added up here in row order, so the sums are the same as from one thread.
        InputStatistics statistics = new InputStatistics(width);
        MutableOutputInfo<Label> labels = factory.generateInfo();
        SparseRows.Builder kept = new SparseRows.Builder(rows.length, FIRST_ENTRIES);
        TableEncoder encoder = new TableEncoder(table, pipeline);
        int[] index = new int[width + 1];
        double[] value = new double[width + 1];
        try (PrefetchingIterator<NonZeros> encoded = new PrefetchingIterator<>("encoding", rows.length,
                i -> nonZeros(encoder, rows[i], nameRank, index, value))) {
            for (int row : rows) {
                NonZeros next = encoded.next();
                statistics.add(next.index(), next.value(), next.inputs());
                boolean win = table.won()[row] == 1;
                labels.observe(win ? won : lost);
                kept.add(next.index(), next.value(), next.index().length, win ? WIN : LOSS);
            }
        }
        ImmutableFeatureMap features = statistics.featureMap(names);
        ImmutableOutputInfo<Label> outputs = labels.generateImmutableOutputInfo();
        // Tribuo's ids: features in name order among those that occur (so each row stays ascending), the bias last.
        int[] featureId = new int[width + 1];
        for (int i = 0; i < width; i++) {
            featureId[i] = features.getID(names[i]);
        }
        featureId[width] = features.size();
        int[] labelId = {outputs.getID(lost), outputs.getID(won)};
        EncodedDataset dataset = new EncodedDataset(provenance, features, outputs,
                kept.build(featureId, features.size() + 1, labelId));
        onSgd.run();
        Model<Label> model = new PrimitiveSGDTrainer(options.learningRate(), options.epochs(), options.seed())
                .train(dataset);
        return new Result(model, statistics.means(rows.length));
    }

    /** Room for the first rows' entries: once they fill it, the rows so far tell how much room all the rows need. */
    private static final int FIRST_ENTRIES = 1 << 17;

    /** Each input's place in name order: Tribuo numbers features by name. */
    private static int[] nameRanks(String[] names) {
        Integer[] byName = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            byName[i] = i;
        }
        java.util.Arrays.sort(byName, (a, b) -> names[a].compareTo(names[b]));
        int[] rank = new int[names.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        return rank;
    }

    /** A row's non-zero inputs sorted by name, then the bias. */
    private static NonZeros nonZeros(TableEncoder encoder, int row, int[] nameRank, int[] index, double[] value) {
        int n = encoder.nonZeros(row, index, value);
        // Insertion sort by name rank: a few dozen inputs, already in order within each field's block.
        for (int i = 1; i < n; i++) {
            int at = index[i];
            double v = value[i];
            int j = i - 1;
            while (j >= 0 && nameRank[index[j]] > nameRank[at]) {
                index[j + 1] = index[j];
                value[j + 1] = value[j];
                j--;
            }
            index[j + 1] = at;
            value[j + 1] = v;
        }
        index[n] = nameRank.length;
        value[n] = 1.0;
        return new NonZeros(java.util.Arrays.copyOf(index, n + 1), java.util.Arrays.copyOf(value, n + 1));
    }
}
