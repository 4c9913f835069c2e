package dev.propensity.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Fingerprints;
import dev.propensity.train.PlattCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code grading.json}: a {@link GradingModel} and back. */
public final class GradingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GradingJson() {
    }

    public static byte[] bytes(GradingModel model) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(model));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + GradingModel.FILE, e);
        }
    }

    public static ObjectNode toJson(GradingModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode spec = root.putObject("spec");
        model.spec().account().ifPresent(a -> spec.put("account", a));
        model.spec().title().ifPresent(t -> spec.put("title", t));
        ArrayNode intentFields = spec.putArray("intent_fields");
        model.intent().fields().forEach(intentFields::add);
        spec.put("fit_quantile", model.spec().fitQuantile()).put("engagement_quantile", model.spec().engagementQuantile());
        // The events file the engagement was learnt from, with the hash of its bytes, as the manifest does for the
        // data: retraining reads it again for the champion's own leads.
        model.spec().events().ifPresent(source -> {
            ObjectNode node = spec.putObject("events").put("file", source.file()).put("key", source.key())
                    .put("type", source.type()).put("time", source.time());
            try {
                node.put("sha256", Fingerprints.sha256(Path.of(source.file())));
            } catch (IOException e) {
                node.putNull("sha256");
            }
        });
        line(root.putObject("fit"), model.fit());
        line(root.putObject("engagement"), model.engagement());
        ObjectNode thresholds = root.putObject("thresholds");
        thresholds.put("fit", model.thresholds().fit()).put("engagement", model.thresholds().engagement());
        number(thresholds, "fit_quantile", model.thresholds().fitQuantile());
        number(thresholds, "engagement_quantile", model.thresholds().engagementQuantile());
        ObjectNode intent = root.putObject("intent");
        ArrayNode fields = intent.putArray("fields");
        model.intent().fields().forEach(fields::add);
        intent.put("prior_alpha", model.intent().prior().alpha()).put("prior_beta", model.intent().prior().beta());
        ObjectNode cells = intent.putObject("cells");
        model.intent().cells().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> cells.putArray(e.getKey()).add(e.getValue()[0]).add(e.getValue()[1]));
        model.events().ifPresent(events -> {
            ObjectNode node = root.putObject("events");
            node.put("bias", events.bias());
            ArrayNode types = node.putArray("types");
            for (int t = 0; t < events.types().size(); t++) {
                types.addObject().put("type", events.types().get(t)).put("half_life_days", events.halfLifeDays()[t])
                        .put("weight", events.weights()[t]);
            }
        });
        if (model.report() != null) {
            root.set("report", model.report());
        }
        return root;
    }

    /** @throws IllegalArgumentException naming what is missing or wrong */
    public static GradingModel fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(GradingModel.FILE + " must be a JSON object");
        }
        JsonNode spec = root.path("spec");
        List<String> specIntent = new ArrayList<>();
        spec.path("intent_fields").forEach(f -> specIntent.add(f.asText()));
        JsonNode source = spec.path("events");
        Optional<GradingSpec.EventsSource> eventsSource = source.isObject()
                ? Optional.of(new GradingSpec.EventsSource(source.path("file").asText(), source.path("key").asText(),
                        source.path("type").asText(), source.path("time").asText()))
                : Optional.empty();
        GradingSpec gradingSpec = new GradingSpec(text(spec, "account"), text(spec, "title"), specIntent, eventsSource,
                spec.path("fit_quantile").asDouble(Thresholds.DEFAULT_QUANTILE),
                spec.path("engagement_quantile").asDouble(Thresholds.DEFAULT_QUANTILE));
        JsonNode t = require(root, "thresholds");
        Thresholds thresholds = new Thresholds(require(t, "fit").asDouble(), require(t, "engagement").asDouble(),
                t.path("fit_quantile").isNumber() ? t.get("fit_quantile").asDouble() : Double.NaN,
                t.path("engagement_quantile").isNumber() ? t.get("engagement_quantile").asDouble() : Double.NaN);
        JsonNode intentNode = require(root, "intent");
        List<String> fields = new ArrayList<>();
        intentNode.path("fields").forEach(f -> fields.add(f.asText()));
        Map<String, long[]> cells = new HashMap<>();
        intentNode.path("cells").fields().forEachRemaining(e ->
                cells.put(e.getKey(), new long[] {e.getValue().get(0).asLong(), e.getValue().get(1).asLong()}));
        IntentTable intent = new IntentTable(fields, cells,
                new BetaPrior(require(intentNode, "prior_alpha").asDouble(), require(intentNode, "prior_beta").asDouble()));
        Optional<DecayEngagement> events = Optional.empty();
        JsonNode eventsNode = root.get("events");
        if (eventsNode != null && eventsNode.isObject()) {
            List<String> types = new ArrayList<>();
            JsonNode typeNodes = eventsNode.path("types");
            double[] halfLives = new double[typeNodes.size()];
            double[] weights = new double[typeNodes.size()];
            for (int i = 0; i < typeNodes.size(); i++) {
                types.add(typeNodes.get(i).path("type").asText());
                halfLives[i] = typeNodes.get(i).path("half_life_days").asDouble();
                weights[i] = typeNodes.get(i).path("weight").asDouble();
            }
            events = Optional.of(new DecayEngagement(types, halfLives, weights, eventsNode.path("bias").asDouble()));
        }
        return new GradingModel(gradingSpec, line(require(root, "fit")), line(require(root, "engagement")), intent,
                thresholds, events, root.get("report"));
    }

    private static void line(ObjectNode node, PlattCalibration.Fit fit) {
        node.put("slope", fit.slope()).put("intercept", fit.intercept());
    }

    private static PlattCalibration.Fit line(JsonNode node) {
        return new PlattCalibration.Fit(require(node, "slope").asDouble(), require(node, "intercept").asDouble());
    }

    private static JsonNode require(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(GradingModel.FILE + ": '" + key + "' is missing");
        }
        return value;
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
