package dev.propensity.model;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import java.util.ArrayList;
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
        List<String> warnings = new ArrayList<>();
        pipeline.encode(lead, inputs, warnings::add);
        int[] offsets = pipeline.offsets();
        List<String> fields = pipeline.fields();
        List<Contribution> contributions = new ArrayList<>(fields.size());
        double baseline = bias;
        for (int i = 0; i < means.length; i++) {
            baseline += weights[i] * means[i];
        }
        baseline = slope * baseline + intercept;
        double total = baseline;
        for (int f = 0; f < fields.size(); f++) {
            double sum = 0;
            for (int i = offsets[f]; i < offsets[f + 1]; i++) {
                sum += weights[i] * (inputs[i] - means[i]);
            }
            double contribution = slope * sum;
            total += contribution;
            contributions.add(new Contribution(fields.get(f), pipeline.displayValue(lead, f), contribution));
        }
        return new Explanation(sigmoid(total), total, baseline, contributions, warnings);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
