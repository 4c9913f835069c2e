package dev.propensity.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import dev.propensity.schema.ValueParser;
import java.util.ArrayList;
import java.util.List;

/** Writes a fitted pipeline to JSON beside the model, and reads it back for scoring. */
public final class PipelineJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PipelineJson() {
    }

    public static ObjectNode toJson(FeaturePipeline pipeline, CsvFormat format) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode missing = root.putArray("missing_tokens");
        format.missingTokens().forEach(missing::add);
        ArrayNode pairs = root.putArray("interactions");
        for (Interaction i : pipeline.interactions()) {
            ObjectNode node = pairs.addObject();
            node.putArray("fields").add(i.first()).add(i.second());
            node.put("description", i.description());
        }
        ArrayNode fields = root.putArray("fields");
        List<FeatureSpec> specs = pipeline.specs();
        List<FieldEncoder> encoders = pipeline.encoders();
        for (int i = 0; i < encoders.size(); i++) {
            ObjectNode node = fields.addObject();
            FieldEncoder encoder = encoders.get(i);
            node.put("field", encoder.field());
            if (i >= specs.size() && i < specs.size() + pipeline.interactions().size()) {
                node.put("kind", "interaction");
            }
            if (i < specs.size()) {
                node.put("kind", specs.get(i).kind().jsonName());
                node.put("group", specs.get(i).group().jsonName());
                node.put("description", specs.get(i).description());
            }
            if (encoder instanceof CategoricalEncoder c) {
                ArrayNode levels = node.putArray("levels");
                c.levels().forEach(levels::add);
            } else if (encoder instanceof NumericEncoder n) {
                node.put("log", n.log()).put("low", n.low()).put("high", n.high())
                        .put("mean", n.mean()).put("std", n.std());
                ArrayNode edges = node.putArray("bin_edges");
                for (double e : n.binEdges()) {
                    edges.add(e);
                }
            } else if (encoder instanceof SurveyAnsweredEncoder) {
                node.put("kind", "survey_answered");
            }
        }
        return root;
    }

    public static FeaturePipeline fromJson(JsonNode root) {
        List<String> missing = new ArrayList<>();
        root.path("missing_tokens").forEach(t -> missing.add(t.asText()));
        CsvFormat format = new CsvFormat(',', '"', missing);
        List<FeatureSpec> specs = new ArrayList<>();
        List<FieldEncoder> encoders = new ArrayList<>();
        for (JsonNode node : root.path("fields")) {
            String field = node.path("field").asText();
            String kind = node.path("kind").asText();
            if (kind.equals("survey_answered")) {
                encoders.add(new SurveyAnsweredEncoder(field));
                continue;
            }
            if (kind.equals("interaction")) {
                List<String> levels = new ArrayList<>();
                node.path("levels").forEach(l -> levels.add(l.asText()));
                encoders.add(new CategoricalEncoder(field, levels));
                continue;
            }
            FeatureSpec spec = new FeatureSpec(field, FeatureKind.parse(kind, field),
                    FeatureGroup.parse(node.path("group").asText(), field), node.path("description").asText(field));
            specs.add(spec);
            encoders.add(switch (spec.kind()) {
                case CATEGORICAL -> {
                    List<String> levels = new ArrayList<>();
                    node.path("levels").forEach(l -> levels.add(l.asText()));
                    yield new CategoricalEncoder(field, levels);
                }
                case NUMERIC -> {
                    JsonNode edges = node.path("bin_edges");
                    double[] binEdges = new double[edges.size()];
                    for (int i = 0; i < binEdges.length; i++) {
                        binEdges[i] = edges.get(i).asDouble();
                    }
                    yield new NumericEncoder(field, node.path("log").asBoolean(), node.path("low").asDouble(),
                            node.path("high").asDouble(), node.path("mean").asDouble(), node.path("std").asDouble(1), binEdges);
                }
                case BOOLEAN -> new BooleanEncoder(field);
            });
        }
        List<Interaction> interactions = new ArrayList<>();
        for (JsonNode node : root.path("interactions")) {
            interactions.add(new Interaction(node.path("fields").get(0).asText(), node.path("fields").get(1).asText(),
                    node.path("description").asText()));
        }
        return new FeaturePipeline(specs, interactions, encoders, new ValueParser(format));
    }
}
