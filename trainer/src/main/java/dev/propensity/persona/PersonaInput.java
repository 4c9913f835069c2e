package dev.propensity.persona;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.LeadValues;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persona as an input of the propensity model: one categorical field, {@value #FIELD}, whose value is the id of
 * the lead's persona as {@link PersonaBook#assigner()} assigns it from the persona fields the lead has (missing when
 * the persona is unknown). The one definition for training rows, scoring and replay, so a lead gets the same
 * persona value everywhere the same book is used. The field is derived: it is never read from a data file or a
 * request.
 */
public final class PersonaInput {
    /** The field's name in a schema and a scorer. */
    public static final String FIELD = "persona";
    /** The field as a schema feature: a fit property of the lead (it says who the buyer is, not what they did). */
    public static final FeatureSpec SPEC = new FeatureSpec(FIELD, FeatureKind.CATEGORICAL, FeatureGroup.FIT,
            "buyer persona");

    private PersonaInput() {
    }

    /** Whether a model with this schema takes the persona as an input. */
    public static boolean takes(Schema schema) {
        // A look-up, not featureNames(): the server asks this for every scored lead.
        return schema.feature(FIELD).isPresent();
    }

    /**
     * The persona id of a lead, or null when its persona is unknown or the personas were not published.
     *
     * @param assigner {@code book}'s assigner, made once ({@link PersonaBook#assigner()} builds a new one per call)
     */
    public static String value(PersonaBook book, PersonaAssigner assigner, LeadValues lead) {
        if (!book.published()) {
            return null;
        }
        return id(book, assigner.assign(lead));
    }

    /** The persona id of an assignment already made with {@code book}'s assigner, or null when it is unknown. */
    public static String id(PersonaBook book, Assignment a) {
        return book.published() && a != null && a.isKnown() ? book.personas().get(a.index()).id() : null;
    }

    /** The lead with its {@value #FIELD} field derived from {@code book} (whatever the lead itself says). */
    public static LeadValues with(PersonaBook book, PersonaAssigner assigner, LeadValues lead) {
        return with(value(book, assigner, lead), lead);
    }

    /** The lead with its {@value #FIELD} field set to {@code persona} (an id, or null when unknown). */
    public static LeadValues with(String persona, LeadValues lead) {
        return field -> FIELD.equals(field) ? persona : lead.get(field);
    }

    /** {@code table} with the derived {@value #FIELD} column and feature added. */
    public static LeadTable withColumn(LeadTable table, PersonaBook book) {
        PersonaAssigner assigner = book.assigner();
        String[] values = new String[table.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = value(book, assigner, MixedEncoding.row(table, r));
        }
        return withColumn(table, new Column.Text(values));
    }

    static LeadTable withColumn(LeadTable table, Column persona) {
        Map<String, Column> columns = new LinkedHashMap<>(table.columns());
        columns.put(FIELD, persona);
        List<FeatureSpec> features = new ArrayList<>(without(table.schema()).features());
        features.add(SPEC);
        return new LeadTable(table.schema().withFeatures(features), table.ids(), table.won(), table.times(), columns,
                table.fingerprint(), table.warnings());
    }

    /** The schema without the derived field: what a data file holds. */
    public static Schema without(Schema schema) {
        return schema.withFeatures(schema.features().stream().filter(f -> !f.name().equals(FIELD)).toList());
    }
}
