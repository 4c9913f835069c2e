package dev.propensity.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.PipelineJson;
import dev.propensity.schema.CsvFormat;
import java.util.Arrays;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The scoring side of a model version ({@code scorer.json}): the pipeline, the average lead, and the calibration.
 * The weights are not copied here: they are read from Tribuo's own model file, the one source of truth.
 */
public final class ScorerJson {
    public static final String FILE = "scorer.json";
    public static final String WON = "won";
    public static final String LOST = "lost";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScorerJson() {
    }

    public static ObjectNode toJson(PropensityModel model, CsvFormat format) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("pipeline", PipelineJson.toJson(model.pipeline(), format));
        ArrayNode means = root.putArray("input_means");
        for (double m : model.means()) {
            means.add(m);
        }
        root.putObject("calibration").put("slope", model.slope()).put("intercept", model.intercept());
        return root;
    }

    /** Rebuilds the scorer from {@code scorer.json} and the Tribuo model it belongs to. */
    public static PropensityModel fromJson(JsonNode root, Model<Label> tribuoModel) {
        FeaturePipeline pipeline = PipelineJson.fromJson(root.path("pipeline"));
        double[] means = new double[pipeline.width()];
        JsonNode meansNode = root.path("input_means");
        if (meansNode.size() != means.length) {
            throw new IllegalArgumentException("scorer.json has " + meansNode.size() + " input means for "
                    + means.length + " inputs");
        }
        for (int i = 0; i < means.length; i++) {
            means[i] = PipelineJson.requiredNumber(meansNode, i, "scorer.json input_means");
        }
        double[] weightsAndBias = TribuoWeights.extract(tribuoModel, pipeline.inputNames(), WON, LOST);
        return new PropensityModel(pipeline, Arrays.copyOf(weightsAndBias, means.length), weightsAndBias[means.length],
                means, PipelineJson.requiredNumber(root.path("calibration"), "slope", "scorer.json calibration"),
                PipelineJson.requiredNumber(root.path("calibration"), "intercept", "scorer.json calibration"));
    }
}
