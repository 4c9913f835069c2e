package dev.propensity.server.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The aliases that apply to one model: renames a posted lead's CRM property names to the schema's, so that
 * scoring, the answer and the score log all see the schema's names only.
 */
public final class LeadFieldNames {
    private final Map<String, String> toField;

    LeadFieldNames(Map<String, String> toField) {
        this.toField = Map.copyOf(toField);
    }

    /** The schema field an alias stands for, or the name itself when it is no alias. */
    public String fieldOf(String name) {
        return toField.getOrDefault(name, name);
    }

    /** The aliases of {@code field}, in no particular order. */
    public List<String> aliasesOf(String field) {
        return toField.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * The lead with the schema's names; the input itself is returned when it uses no alias.
     *
     * @throws InvalidFieldException when one field is given twice, under two of its names
     */
    public ObjectNode canonical(ObjectNode lead) {
        if (toField.isEmpty() || !usesAlias(lead)) {
            return lead;
        }
        ObjectNode out = lead.objectNode();
        Map<String, String> givenAs = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = lead.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String field = fieldOf(entry.getKey());
            String earlier = givenAs.putIfAbsent(field, entry.getKey());
            if (earlier != null) {
                throw new InvalidFieldException(field, "given twice, as '" + earlier + "' and '" + entry.getKey() + "'");
            }
            out.set(field, entry.getValue());
        }
        return out;
    }

    private boolean usesAlias(ObjectNode lead) {
        Iterator<String> names = lead.fieldNames();
        while (names.hasNext()) {
            if (toField.containsKey(names.next())) {
                return true;
            }
        }
        return false;
    }
}
