package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.features.LeadValues;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object of raw CRM fields as the {@link LeadValues} the pipeline reads: text stays text, numbers
 * become doubles, booleans stay booleans. A nested object or array is refused naming the field, and fields
 * the schema does not know are ignored with a warning that names them. {@code lead_id} is the CRM's record id and
 * always read, whatever the training export called its id column (or whether it had one).
 */
public final class LeadJson {
    /** The API's lead id field: the CRM's record id, under which the score is logged and outcomes are joined. */
    public static final String LEAD_ID = "lead_id";

    private final Map<String, Object> values;
    private final List<String> warnings;

    private LeadJson(Map<String, Object> values, List<String> warnings) {
        this.values = values;
        this.warnings = warnings;
    }

    /** @throws InvalidFieldException naming a field that holds an object or array */
    public static LeadJson read(ObjectNode body, Schema schema) {
        // Sized for a lead of the schema's fields, so that the map is not rehashed as it fills.
        Map<String, Object> values = new HashMap<>(2 * schema.features().size() + 8);
        List<String> warnings = new ArrayList<>();
        Set<String> known = knownFields(schema);
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (RequestEvents.RESERVED.contains(name)) {
                continue;
            }
            if (!known.contains(name)) {
                warnings.add(name + ": not a field of the model, ignored");
                continue;
            }
            values.put(name, value(name, field.getValue()));
        }
        return new LeadJson(values, warnings);
    }

    /** The schema's feature names, its id and {@code lead_id}: what a lead may carry. */
    private static Set<String> knownFields(Schema schema) {
        KnownFields last = lastKnown;
        if (last == null || last.schema() != schema) {
            Set<String> names = new HashSet<>();
            schema.features().forEach(f -> names.add(f.name()));
            if (schema.id() != null) {
                names.add(schema.id());
            }
            names.add(LEAD_ID);
            last = new KnownFields(schema, Set.copyOf(names));
            lastKnown = last;
        }
        return last.names();
    }

    /** The known fields of the schema last asked for, kept: every request of a version reads the same schema. */
    private record KnownFields(Schema schema, Set<String> names) {
    }

    private static volatile KnownFields lastKnown;

    private static Object value(String name, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            double number = node.doubleValue();
            if (!Double.isFinite(number)) {
                // 1e999 is valid JSON, but no double holds it: the field is named rather than scored as infinity.
                throw new InvalidFieldException(name, "expected a number of at most about 1.8e308, got " + shortText(node));
            }
            return number;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw new InvalidFieldException(name, "expected a single value, got " + (node.isArray() ? "an array" : "an object"));
    }

    private static String shortText(JsonNode node) {
        String text = node.isBigDecimal() ? node.decimalValue().toString() : node.asText();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** The values for the pipeline. */
    public LeadValues values() {
        return values::get;
    }

    /**
     * The fields the schema knows, as read (nulls kept), for reports that compare inputs with the training
     * data.
     */
    public Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** The lead id as text: {@code lead_id}, else the schema's id field; null when the body carries neither. */
    public String leadId(Schema schema) {
        Object id = values.get(LEAD_ID) != null || schema.id() == null ? values.get(LEAD_ID) : values.get(schema.id());
        if (id instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return id == null ? null : id.toString();
    }

    /** Notes on ignored fields. */
    public List<String> warnings() {
        return warnings.isEmpty() ? List.of() : List.copyOf(warnings);
    }
}
