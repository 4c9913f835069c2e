package dev.propensity.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a schema back to the JSON shape {@link SchemaReader} reads, for manifests. */
public final class SchemaWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaWriter() {
    }

    public static ObjectNode toJson(Schema schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", schema.name());
        schema.data().ifPresent(d -> root.put("data", d.getFileName().toString()));
        ObjectNode format = root.putObject("format");
        format.put("separator", String.valueOf(schema.format().separator()));
        format.put("quote", String.valueOf(schema.format().quote()));
        ArrayNode missing = format.putArray("missing");
        schema.format().missingTokens().forEach(missing::add);
        if (schema.id() != null) {
            root.put("id", schema.id());
        }
        ObjectNode label = root.putObject("label");
        label.put("column", schema.label().column());
        label.put("positive", schema.label().positive());
        schema.timestamp().ifPresent(t -> root.put("timestamp", t));
        schema.survey().ifPresent(s -> {
            ObjectNode survey = root.putObject("survey");
            survey.put("file", java.nio.file.Path.of(s.file()).getFileName().toString());
            survey.put("key", s.key());
        });
        ArrayNode features = root.putArray("features");
        for (FeatureSpec f : schema.features()) {
            ObjectNode node = features.addObject();
            node.put("name", f.name());
            node.put("kind", f.kind().jsonName());
            node.put("group", f.group().jsonName());
            node.put("description", f.description());
        }
        ArrayNode exclude = root.putArray("exclude");
        for (ExcludedColumn e : schema.excluded()) {
            exclude.addObject().put("name", e.name()).put("reason", e.reason());
        }
        ArrayNode segments = root.putArray("segments");
        schema.segments().forEach(segments::add);
        ArrayNode interactions = root.putArray("interactions");
        for (Interaction i : schema.interactions()) {
            ObjectNode node = interactions.addObject();
            node.putArray("fields").add(i.first()).add(i.second());
            node.put("description", i.description());
        }
        return root;
    }
}
