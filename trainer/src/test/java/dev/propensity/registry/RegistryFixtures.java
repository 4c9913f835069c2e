package dev.propensity.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** Shared set-up for registry tests: one tiny model trained once, and manifest bodies like a trainer's. */
public final class RegistryFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Model<Label> model;

    private RegistryFixtures() {
    }

    /** The tiny model, trained on first use: publishing does not change it, so tests can share it. */
    public static synchronized Model<Label> model() {
        if (model == null) {
            model = TinyModels.train();
        }
        return model;
    }

    /** A manifest body with the fields a training run writes: data counts and test metrics. */
    public static ObjectNode body(double rocAuc, double logLoss) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode data = body.putObject("data");
        data.put("rows", 1200);
        data.put("wins", 300);
        data.put("losses", 900);
        data.put("fingerprint", "sha256:abc123");
        ObjectNode test = body.putObject("metrics").putObject("test");
        test.put("roc_auc", rocAuc);
        test.put("log_loss", logLoss);
        body.putObject("hyperparameters").put("learning_rate", 0.1);
        return body;
    }

    /** Publishes the tiny model with a report file and the given test AUC. */
    public static ModelVersion publish(ModelRegistry registry, double rocAuc) {
        return registry.publish(model(), body(rocAuc, 0.45),
                Map.of("report.json", "{\"ok\": true}".getBytes(StandardCharsets.UTF_8)));
    }
}
