package dev.propensity.server.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.CategoricalEncoder;
import dev.propensity.features.FieldEncoder;
import dev.propensity.features.NumericEncoder;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.server.crm.LeadFieldNames;
import dev.propensity.server.scoring.LoadedModel;
import java.util.List;

/**
 * The OpenAPI schema of a lead for one model: a property per field of its schema, typed by the field's kind,
 * categorical fields with the categories the model learned, every alias of the CRM as a property of its own,
 * and an example lead built from the model's training data. Categories are listed in
 * {@code x-propensity-categories} and the description rather than as an {@code enum}: the server scores an
 * unseen category (with a warning), and a CRM's picklist grows, so an enum would make generated clients refuse
 * leads the server takes.
 */
final class LeadSchema {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final LoadedModel model;
    private final LeadFieldNames names;

    LeadSchema(LoadedModel model, LeadFieldNames names) {
        this.model = model;
        this.names = names;
    }

    /** The schema object for {@code components.schemas.Lead}. */
    ObjectNode schema() {
        Schema schema = model.schema();
        ObjectNode out = JSON.objectNode();
        out.put("type", "object");
        out.put("description", "A lead of model v" + model.version() + " (data set '" + schema.name() + "'): the CRM's"
                + " fields by the schema's names or their aliases. A field left out is scored as missing; a field the"
                + " model does not know is ignored, with a warning in the answer.");
        ObjectNode properties = out.putObject("properties");
        if (schema.id() != null) {
            ObjectNode id = JSON.objectNode().put("type", "string").put("nullable", true)
                    .put("description", "The lead's id in the CRM. The score is logged under it, so that an outcome"
                            + " posted later can be matched to it; a lead without one is scored but not logged.");
            id.put("example", "L-00042");
            add(properties, schema.id(), id);
        }
        for (FeatureSpec spec : schema.features()) {
            add(properties, spec.name(), property(spec, encoder(spec.name())));
        }
        out.set("example", example());
        return out;
    }

    /** A lead with a typical value for every field: what a reader of the document can send as it is. */
    ObjectNode example() {
        ObjectNode lead = JSON.objectNode();
        if (model.schema().id() != null) {
            lead.put(model.schema().id(), "L-00042");
        }
        for (FeatureSpec spec : model.schema().features()) {
            FieldEncoder encoder = encoder(spec.name());
            switch (spec.kind()) {
                case NUMERIC -> lead.put(spec.name(), typical(encoder));
                case BOOLEAN -> lead.put(spec.name(), true);
                default -> {
                    List<String> levels = categories(encoder);
                    lead.put(spec.name(), levels.isEmpty() ? "unknown" : levels.get(0));
                }
            }
        }
        return lead;
    }

    private void add(ObjectNode properties, String field, ObjectNode property) {
        properties.set(field, property);
        for (String alias : names.aliasesOf(field)) {
            ObjectNode copy = property.deepCopy();
            copy.put("description", "Alias of " + field + ", from the aliases file: " + property.path("description").asText());
            copy.put("x-propensity-alias-of", field);
            properties.set(alias, copy);
        }
    }

    private ObjectNode property(FeatureSpec spec, FieldEncoder encoder) {
        ObjectNode p = JSON.objectNode();
        String about = capitalised(spec.description()) + " (" + spec.group().jsonName() + ", " + spec.kind().jsonName() + ").";
        switch (spec.kind()) {
            case NUMERIC -> {
                p.put("type", "number");
                p.put("description", about + " A number; text holding a number is taken too.");
                p.put("example", typical(encoder));
            }
            case BOOLEAN -> {
                p.put("type", "boolean");
                p.put("description", about + " true or false; yes/no and 1/0 as text are taken too.");
                p.put("example", true);
            }
            default -> {
                List<String> levels = categories(encoder);
                p.put("type", "string");
                p.put("description", about + (levels.isEmpty() ? " Text." : " Categories the model learned: "
                        + String.join(", ", levels) + ". Case and surrounding spaces do not matter; any other value"
                        + " is scored as an unseen category, with a warning."));
                p.putArray("x-propensity-categories").addAll(levels.stream().map(JSON::textNode).toList());
                if (!levels.isEmpty()) {
                    p.put("example", levels.get(0));
                }
            }
        }
        p.put("nullable", true);
        p.put("x-propensity-kind", spec.kind().jsonName());
        p.put("x-propensity-group", spec.group().jsonName());
        return p;
    }

    private FieldEncoder encoder(String field) {
        for (FieldEncoder e : model.scorer().pipeline().encoders()) {
            if (e.field().equals(field)) {
                return e;
            }
        }
        return null;
    }

    private static List<String> categories(FieldEncoder encoder) {
        return encoder instanceof CategoricalEncoder c ? c.levels() : List.of();
    }

    /** The training data's middle value on the original scale, rounded for reading. */
    private static double typical(FieldEncoder encoder) {
        if (!(encoder instanceof NumericEncoder n)) {
            return 1;
        }
        double value = n.log() ? Math.expm1(n.mean()) : n.mean();
        return Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
