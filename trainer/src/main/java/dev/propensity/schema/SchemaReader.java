package dev.propensity.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a schema file (JSON) and checks it on its own: required keys, known kinds and groups,
 * no column used twice. Checks against the data itself happen when the data is loaded.
 */
public final class SchemaReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaReader() {
    }

    public static Schema read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SchemaException("schema file " + file + " does not exist");
        } catch (IOException e) {
            throw new SchemaException("cannot read schema file " + file + ": " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            return parse(MAPPER.readTree(text), folder, file.toString());
        } catch (JsonProcessingException e) {
            throw new SchemaException("schema file " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
    }

    /** Parses an already-read JSON tree; {@code folder} resolves relative data paths (may be null). */
    public static Schema parse(JsonNode root, Path folder, String source) {
        if (root == null || !root.isObject()) {
            throw new SchemaException(source + ": a schema must be a JSON object");
        }
        String name = optionalText(root, "name").orElse("dataset");
        Optional<Path> data = optionalText(root, "data").map(p -> folder == null ? Path.of(p) : folder.resolve(p));
        CsvFormat format = parseFormat(root.get("format"), source);
        // Some exports have no lead id (the bank data): rows are then numbered from 1.
        String id = optionalText(root, "id").orElse(null);
        JsonNode labelNode = root.get("label");
        if (labelNode == null || !labelNode.isObject()) {
            throw new SchemaException(source + ": 'label' is required, as {\"column\": ..., \"positive\": ...}");
        }
        LabelSpec label = new LabelSpec(requiredText(labelNode, "column", source + " label"),
                requiredText(labelNode, "positive", source + " label"));
        Optional<String> timestamp = optionalText(root, "timestamp");
        Optional<SurveyJoin> survey = Optional.empty();
        JsonNode surveyNode = root.get("survey");
        if (surveyNode != null && !surveyNode.isNull()) {
            String file = requiredText(surveyNode, "file", source + " survey");
            String resolved = folder == null ? file : folder.resolve(file).toString();
            String key = optionalText(surveyNode, "key").orElse(id);
            if (key == null) {
                throw new SchemaException(source + ": survey needs a 'key' when the schema has no 'id'");
            }
            survey = Optional.of(new SurveyJoin(resolved, key));
        }
        List<FeatureSpec> features = parseFeatures(root.get("features"), source);
        List<ExcludedColumn> excluded = parseExcluded(root.get("exclude"), source);
        List<String> segments = new ArrayList<>();
        JsonNode segmentsNode = root.get("segments");
        if (segmentsNode != null && segmentsNode.isArray()) {
            segmentsNode.forEach(s -> segments.add(s.asText()));
        }
        checkNoColumnTwice(id, label, timestamp, features, excluded, source);
        // Segments are checked against the features by the loader, after the columns are checked against the data:
        // a misnamed feature is then reported as such, with its "did you mean", not as a bad segment.
        List<Interaction> interactions = parseInteractions(root.get("interactions"), features, source);
        return new Schema(name, data, format, id, label, timestamp, survey, features, excluded, segments, interactions);
    }

    private static CsvFormat parseFormat(JsonNode node, String source) {
        if (node == null || node.isNull()) {
            return CsvFormat.DEFAULT;
        }
        String separator = optionalText(node, "separator").orElse(",");
        String quote = optionalText(node, "quote").orElse("\"");
        if (separator.length() != 1 || quote.length() != 1) {
            throw new SchemaException(source + ": format.separator and format.quote must be one character each");
        }
        List<String> missing = new ArrayList<>(CsvFormat.DEFAULT.missingTokens());
        JsonNode tokens = node.get("missing");
        if (tokens != null && tokens.isArray()) {
            tokens.forEach(t -> missing.add(t.asText()));
        }
        return new CsvFormat(separator.charAt(0), quote.charAt(0), missing);
    }

    private static List<FeatureSpec> parseFeatures(JsonNode node, String source) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new SchemaException(source + ": 'features' must be a non-empty array of {name, kind, group}");
        }
        List<FeatureSpec> features = new ArrayList<>();
        int index = 0;
        for (JsonNode f : node) {
            String where = source + " features[" + index++ + "]";
            String column = requiredText(f, "name", where);
            FeatureKind kind = FeatureKind.parse(requiredText(f, "kind", "column '" + column + "'"), column);
            FeatureGroup group = FeatureGroup.parse(optionalText(f, "group").orElse("fit"), column);
            features.add(new FeatureSpec(column, kind, group, optionalText(f, "description").orElse(column)));
        }
        return features;
    }

    private static List<Interaction> parseInteractions(JsonNode node, List<FeatureSpec> features, String source) {
        List<Interaction> interactions = new ArrayList<>();
        if (node == null || node.isNull()) {
            return interactions;
        }
        if (!node.isArray()) {
            throw new SchemaException(source + ": 'interactions' must be an array of {\"fields\": [a, b], \"description\": ...}");
        }
        int index = 0;
        for (JsonNode item : node) {
            String where = source + " interactions[" + index++ + "]";
            JsonNode fields = item.get("fields");
            if (fields == null || !fields.isArray() || fields.size() != 2) {
                throw new SchemaException(where + ": 'fields' must name exactly two features");
            }
            for (JsonNode field : fields) {
                if (features.stream().noneMatch(f -> f.name().equals(field.asText()))) {
                    throw new SchemaException(where + ": '" + field.asText() + "' is not one of the features");
                }
            }
            String first = fields.get(0).asText();
            String second = fields.get(1).asText();
            interactions.add(new Interaction(first, second,
                    optionalText(item, "description").orElse(first + " and " + second)));
        }
        return interactions;
    }

    private static List<ExcludedColumn> parseExcluded(JsonNode node, String source) {
        List<ExcludedColumn> excluded = new ArrayList<>();
        if (node == null || node.isNull()) {
            return excluded;
        }
        if (!node.isArray()) {
            throw new SchemaException(source + ": 'exclude' must be an array of {name, reason}");
        }
        for (JsonNode e : node) {
            String column = requiredText(e, "name", source + " exclude");
            String reason = optionalText(e, "reason").orElseThrow(() ->
                    new SchemaException("excluded column '" + column + "' needs a 'reason'"));
            excluded.add(new ExcludedColumn(column, reason));
        }
        return excluded;
    }

    private static void checkNoColumnTwice(String id, LabelSpec label, Optional<String> timestamp,
                                           List<FeatureSpec> features, List<ExcludedColumn> excluded, String source) {
        Set<String> seen = new HashSet<>();
        List<String> roles = new ArrayList<>();
        if (id != null) {
            roles.add(id);
        }
        roles.add(label.column());
        timestamp.ifPresent(roles::add);
        features.forEach(f -> roles.add(f.name()));
        excluded.forEach(e -> roles.add(e.name()));
        for (String column : roles) {
            if (!seen.add(column)) {
                throw new SchemaException(source + ": column '" + column
                        + "' has more than one role (id, label, timestamp, feature, exclude)");
            }
        }
    }

    private static String requiredText(JsonNode node, String key, String where) {
        return optionalText(node, key).orElseThrow(() -> new SchemaException(where + ": '" + key + "' is required"));
    }

    private static Optional<String> optionalText(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
