package dev.propensity.server.api;

import java.util.List;

/**
 * The fields the champion reads, as {@code GET /v1/models/champion/schema} lists them, so that a form (the
 * dashboard's) can offer one typed input per field.
 *
 * @param modelVersion the version the fields belong to
 * @param idField      the lead id field, null when the schema has none
 * @param fields       the model's input fields, in the model's order
 */
public record ChampionSchema(int modelVersion, String idField, List<SchemaField> fields) {
    public ChampionSchema {
        fields = List.copyOf(fields);
    }
}
