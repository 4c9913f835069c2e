package dev.propensity.model;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fitted logistic model over the pipeline's inputs, scored by a plain dot product. Contributions are exact:
 * each field's weights times its inputs' distance from the training mean, times the calibration slope.
 */
public final class PropensityModel {
    private final FeaturePipeline pipeline;
    private final double[] weights;
    private final double bias;
    private final double[] means;
    private final double slope;
    private final double intercept;
    /**
     * {@link #baselineLogOdds()}, summed once: it is the same for every lead, and summing it again in each
     * {@link #explain} was a chain of as many dependent additions as there are inputs. A class rather than a record
     * only to hold this derived value; equality stays the record's (component by component).
     */
    private final double baseline;
    /**
     * One input vector per scoring thread, cleared and refilled for each lead: a new vector per lead was the
     * largest allocation of scoring (8 bytes per input, 2 KB for the sample champion), each time in memory the CPU
     * had not touched yet. Nothing that scores calls back into scoring, so a thread never needs two at once.
     */
    private final ThreadLocal<double[]> scratch;

    /**
     * @param pipeline  the feature pipeline
     * @param weights   log-odds weight per input (won minus lost rows of Tribuo's model)
     * @param bias      the raw intercept
     * @param means     mean of each input over the training rows: the "average lead"
     * @param slope     calibration slope applied to the raw log-odds
     * @param intercept calibration intercept
     */
    public PropensityModel(FeaturePipeline pipeline, double[] weights, double bias, double[] means,
                           double slope, double intercept) {
        this.pipeline = pipeline;
        this.weights = weights;
        this.bias = bias;
        this.means = means;
        this.slope = slope;
        this.intercept = intercept;
        this.baseline = averageLeadLogOdds();
        this.scratch = ThreadLocal.withInitial(() -> new double[pipeline.width()]);
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public double[] weights() {
        return weights;
    }

    public double bias() {
        return bias;
    }

    public double[] means() {
        return means;
    }

    public double slope() {
        return slope;
    }

    public double intercept() {
        return intercept;
    }

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
        double[] inputs = scratch.get();
        pipeline.encode(lead, inputs, note -> { });
        return probability(inputs);
    }

    /** Scores a lead from its raw fields and explains it field by field. */
    public Explanation explain(LeadValues lead) {
        int fields = pipeline.fieldCount();
        Object[] shown = new Object[fields];
        List<String> warnings = new ArrayList<>(4);
        double[] inputs = scratch.get();
        pipeline.encode(lead, inputs, shown, warnings::add);
        // Straight from the encoded vector, in one pass over the inputs, field block by field block. The log-odds
        // is the baseline plus the contributions added in field order, so the sum identity holds exactly.
        Contribution[] contributions = new Contribution[fields];
        double total = baseline;
        for (int f = 0; f < fields; f++) {
            double sum = 0;
            for (int i = pipeline.offset(f), end = pipeline.offset(f + 1); i < end; i++) {
                sum += weights[i] * (inputs[i] - means[i]);
            }
            double contribution = slope * sum;
            contributions[f] = new Contribution(pipeline.field(f), shown[f], contribution);
            total += contribution;
        }
        return new Explanation(sigmoid(total), total, baseline, Arrays.asList(contributions), warnings);
    }

    /** The log-odds of the average training lead: the model at the input means. */
    public double baselineLogOdds() {
        return baseline;
    }

    private double averageLeadLogOdds() {
        double baseline = bias;
        for (int i = 0; i < means.length; i++) {
            baseline += weights[i] * means[i];
        }
        return slope * baseline + intercept;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropensityModel m && Objects.equals(pipeline, m.pipeline) && weights == m.weights
                && Double.compare(bias, m.bias) == 0 && means == m.means && Double.compare(slope, m.slope) == 0
                && Double.compare(intercept, m.intercept) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pipeline, System.identityHashCode(weights), bias, System.identityHashCode(means), slope,
                intercept);
    }

    @Override
    public String toString() {
        return "PropensityModel[pipeline=" + pipeline + ", weights=" + weights + ", bias=" + bias + ", means=" + means
                + ", slope=" + slope + ", intercept=" + intercept + "]";
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
