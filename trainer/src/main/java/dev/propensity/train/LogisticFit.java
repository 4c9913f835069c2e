package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.features.FeaturePipeline;
import java.time.OffsetDateTime;
import java.util.function.IntFunction;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains Tribuo's {@link LinearSGDTrainer} with a logistic objective on the pipeline's inputs. Only non-zero
 * inputs go into each example, so one-hot blocks cost nothing.
 */
final class LogisticFit {
    static final String WON = dev.propensity.model.ScorerJson.WON;
    static final String LOST = dev.propensity.model.ScorerJson.LOST;

    /** The fitted Tribuo model and the mean of each input over the training rows. */
    record Result(Model<Label> model, double[] means) {
    }

    private LogisticFit() {
    }

    static Result fit(LeadTable table, int[] rows, FeaturePipeline pipeline, TrainingOptions options) {
        LabelFactory factory = new LabelFactory();
        SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance(
                table.fingerprint().file() + "#sha256=" + table.fingerprint().sha256(), OffsetDateTime.now(), factory);
        MutableDataset<Label> dataset = new MutableDataset<>(provenance, factory);
        String[] names = pipeline.inputNames();
        double[] sums = new double[names.length];
        IntFunction<double[]> encode = EncodedRows.encoder(table, pipeline);
        Label won = new Label(WON);
        Label lost = new Label(LOST);
        String[] rowNames = new String[names.length];
        double[] rowValues = new double[names.length];
        for (int row : rows) {
            double[] inputs = encode.apply(row);
            int n = 0;
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != 0) {
                    sums[i] += inputs[i];
                    rowNames[n] = names[i];
                    rowValues[n++] = inputs[i];
                }
            }
            dataset.add(new ArrayExample<>(table.won()[row] == 1 ? won : lost,
                    java.util.Arrays.copyOf(rowNames, n), java.util.Arrays.copyOf(rowValues, n)));
        }
        // A logging interval of -1 turns off Tribuo's per-iteration loss lines.
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(options.learningRate()),
                options.epochs(), -1, 1, options.seed());
        Model<Label> model = trainer.train(dataset);
        double[] means = new double[names.length];
        for (int i = 0; i < means.length; i++) {
            means[i] = sums[i] / Math.max(rows.length, 1);
        }
        return new Result(model, means);
    }

}
