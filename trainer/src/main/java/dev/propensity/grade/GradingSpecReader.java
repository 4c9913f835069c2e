package dev.propensity.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code grading} section of a schema file, checking it against the schema's columns. */
public final class GradingSpecReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GradingSpecReader() {
    }

    /** The schema file's grading section, or the defaults when it has none. */
    public static GradingSpec read(Path schemaFile, Schema schema) {
        JsonNode root;
        try {
            root = MAPPER.readTree(schemaFile.toFile());
        } catch (IOException e) {
            throw new SchemaException("cannot read schema file " + schemaFile + ": " + e.getMessage(), e);
        }
        Path folder = schemaFile.toAbsolutePath().getParent();
        return parse(root.get("grading"), schema, folder, schemaFile.toString());
    }

    /** Parses a grading section; {@code folder} resolves a relative events file (may be null). */
    public static GradingSpec parse(JsonNode node, Schema schema, Path folder, String source) {
        if (node == null || node.isNull()) {
            return GradingSpec.DEFAULT;
        }
        String where = source + " grading";
        if (!node.isObject()) {
            throw new SchemaException(where + ": expected an object");
        }
        Optional<String> account = text(node, "account");
        Optional<String> title = text(node, "title");
        title.ifPresent(t -> requireFeature(schema, t, where + ".title"));
        List<String> intent = new ArrayList<>();
        JsonNode intentNode = node.get("intent_fields");
        if (intentNode != null && !intentNode.isNull()) {
            if (!intentNode.isArray()) {
                throw new SchemaException(where + ".intent_fields: expected an array of feature names");
            }
            for (JsonNode f : intentNode) {
                requireFeature(schema, f.asText(), where + ".intent_fields");
                intent.add(f.asText());
            }
        }
        Optional<GradingSpec.EventsSource> events = Optional.empty();
        JsonNode eventsNode = node.get("events");
        if (eventsNode != null && !eventsNode.isNull()) {
            String file = text(eventsNode, "file").orElseThrow(() -> new SchemaException(where + ".events: 'file' is required"));
            String resolved = folder == null || file.startsWith("/") ? file : folder.resolve(file).toString();
            events = Optional.of(new GradingSpec.EventsSource(resolved, text(eventsNode, "key").orElse(schema.id()),
                    text(eventsNode, "type").orElse("event_type"), text(eventsNode, "time").orElse("event_time")));
            if (events.get().key() == null) {
                throw new SchemaException(where + ".events: 'key' is required when the schema has no 'id'");
            }
        }
        double fitQ = quantile(node, "fit_quantile", where);
        double engagementQ = quantile(node, "engagement_quantile", where);
        return new GradingSpec(account, title, intent, events, fitQ, engagementQ);
    }

    private static void requireFeature(Schema schema, String field, String where) {
        if (schema.feature(field).isEmpty()) {
            throw new SchemaException(where + ": '" + field + "' is not one of the features");
        }
    }

    private static double quantile(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Thresholds.DEFAULT_QUANTILE;
        }
        if (!value.isNumber() || value.asDouble() <= 0 || value.asDouble() >= 1) {
            throw new SchemaException(where + "." + key + ": expected a number between 0 and 1, got " + value);
        }
        return value.asDouble();
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}
