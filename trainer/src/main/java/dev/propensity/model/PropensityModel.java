package dev.propensity.model;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted logistic model over the pipeline's inputs, scored by a plain dot product. Contributions are exact:
 * each field's weights times its inputs' distance from the training mean, times the calibration slope.
 *
 * @param pipeline  the feature pipeline
 * @param weights   log-odds weight per input (won minus lost rows of Tribuo's model)
 * @param bias      the raw intercept
 * @param means     mean of each input over the training rows: the "average lead"
 * @param slope     calibration slope applied to the raw log-odds
 * @param intercept calibration intercept
 */
public record PropensityModel(FeaturePipeline pipeline, double[] weights, double bias, double[] means,
                              double slope, double intercept) {

    /** The calibrated probability of one encoded lead. */
    public double probability(double[] inputs) {
        return sigmoid(logOdds(inputs));
    }

    public double logOdds(double[] inputs) {
        double raw = bias;
        for (int i = 0; i < inputs.length; i++) {
            raw += weights[i] * inputs[i];
        }
        return slope * raw + intercept;
    }

    /** Scores a lead from its raw fields, with the probability only. */
    public double probability(LeadValues lead) {
        double[] inputs = new double[pipeline.width()];
        pipeline.encode(lead, inputs, note -> { });
        return probability(inputs);
    }

    /** Scores a lead from its raw fields and explains it field by field. */
    public Explanation explain(LeadValues lead) {
        double[] inputs = new double[pipeline.width()];
        int fields = pipeline.fieldCount();
        Object[] shown = new Object[fields];
        List<String> warnings = new ArrayList<>(4);
        pipeline.encode(lead, inputs, shown, warnings::add);
        // Straight from the encoded vector, in one pass over the inputs, field block by field block; the baseline
        // is summed in the same input order as baselineLogOdds(), so it is the same number to the last bit.
        Contribution[] contributions = new Contribution[fields];
        double average = bias;
        for (int f = 0; f < fields; f++) {
            double sum = 0;
            for (int i = pipeline.offset(f), end = pipeline.offset(f + 1); i < end; i++) {
                average += weights[i] * means[i];
                sum += weights[i] * (inputs[i] - means[i]);
            }
            contributions[f] = new Contribution(pipeline.field(f), shown[f], slope * sum);
        }
        double baseline = slope * average + intercept;
        double total = baseline;
        for (Contribution c : contributions) {
            total += c.logOdds();
        }
        return new Explanation(sigmoid(total), total, baseline, Arrays.asList(contributions), warnings);
    }

    /** The log-odds of the average training lead: the model at the input means. */
    public double baselineLogOdds() {
        double baseline = bias;
        for (int i = 0; i < means.length; i++) {
            baseline += weights[i] * means[i];
        }
        return slope * baseline + intercept;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
