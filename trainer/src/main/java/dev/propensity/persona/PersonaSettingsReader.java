package dev.propensity.persona;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional {@code personas} block of a schema file. The schema reader ignores the block, so schemas
 * without personas are untouched; every error here names the key.
 */
public final class PersonaSettingsReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("fields", "k_min", "k_max", "categorical_weight",
            "silhouette_sample", "bootstrap_runs", "min_stability", "min_known_share", "names", "owner", "product",
            "amount", "exploration_share", "seed");

    private PersonaSettingsReader() {
    }

    /** The block of {@code schemaFile}, or empty when it has none. */
    public static Optional<PersonaSettings> read(Path schemaFile, Schema schema) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new PersonaException("cannot read " + schemaFile + ": " + e.getMessage(), e);
        }
        JsonNode block = root == null ? null : root.get("personas");
        if (block == null || block.isNull()) {
            return Optional.empty();
        }
        if (PersonaInput.takes(schema)) {
            throw new PersonaException(schemaFile + ": the feature '" + PersonaInput.FIELD + "' has the name of the"
                    + " persona input derived from the 'personas' block; rename the feature or exclude the column");
        }
        Path folder = schemaFile.toAbsolutePath().getParent();
        return Optional.of(parse(block, schema, folder, schemaFile + " personas"));
    }

    /** Parses a block; {@code folder} resolves a relative persona file. */
    public static PersonaSettings parse(JsonNode block, Schema schema, Path folder, String where) {
        if (!block.isObject()) {
            throw new PersonaException(where + ": must be an object");
        }
        for (Iterator<String> it = block.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new PersonaException(where + ": unknown key '" + key + "'; known keys are " + KEYS);
            }
        }
        List<String> fields = new ArrayList<>();
        JsonNode fieldsNode = block.get("fields");
        if (fieldsNode == null) {
            for (FeatureSpec f : schema.features()) {
                if (f.group() == FeatureGroup.SURVEY || f.group() == FeatureGroup.FIT) {
                    fields.add(f.name());
                }
            }
        } else if (!fieldsNode.isArray() || fieldsNode.isEmpty()) {
            throw new PersonaException(where + ": 'fields' must be a non-empty list of feature names");
        } else {
            for (JsonNode f : fieldsNode) {
                if (schema.feature(f.asText()).isEmpty()) {
                    throw new PersonaException(where + ": 'fields' names '" + f.asText()
                            + "', which is not a feature of the schema");
                }
                fields.add(f.asText());
            }
        }
        if (fields.isEmpty()) {
            throw new PersonaException(where + ": the schema has no survey or fit features; list 'fields'");
        }
        int kMin = integer(block, "k_min", 3, 2, 30, where);
        int kMax = integer(block, "k_max", 8, kMin, 30, where);
        return new PersonaSettings(fields, kMin, kMax, number(block, "categorical_weight", 0.5, 0.05, 5, where),
                integer(block, "silhouette_sample", 2000, 100, 20_000, where),
                integer(block, "bootstrap_runs", 5, 2, 50, where),
                number(block, "min_stability", 0.6, 0, 1, where), number(block, "min_known_share", 0.3, 0, 1, where),
                text(block, "names", where).map(folder::resolve), text(block, "owner", where),
                text(block, "product", where), text(block, "amount", where),
                number(block, "exploration_share", 0.0, 0, 0.5, where),
                (long) number(block, "seed", 42, Long.MIN_VALUE, Long.MAX_VALUE, where));
    }

    private static int integer(JsonNode block, String key, int fallback, int min, int max, String where) {
        double value = number(block, key, fallback, min, max, where);
        if (value != Math.rint(value)) {
            throw new PersonaException(where + ": '" + key + "' must be a whole number, not " + value);
        }
        return (int) value;
    }

    private static double number(JsonNode block, String key, double fallback, double min, double max, String where) {
        JsonNode node = block.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw new PersonaException(where + ": '" + key + "' must be a number, not " + node);
        }
        double value = node.asDouble();
        if (value < min || value > max) {
            throw new PersonaException(where + ": '" + key + "' must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private static Optional<String> text(JsonNode block, String key, String where) {
        JsonNode node = block.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new PersonaException(where + ": '" + key + "' must be a non-empty text, not " + node);
        }
        return Optional.of(node.asText());
    }
}
