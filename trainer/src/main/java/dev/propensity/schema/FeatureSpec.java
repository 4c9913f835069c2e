package dev.propensity.schema;

import java.util.Objects;

/**
 * One model input column.
 *
 * @param name        the raw column name in the export
 * @param kind        how it is encoded
 * @param group       fit, intent, engagement or survey
 * @param description a phrase a sales rep can read ("company size"), used in explanations
 */
public record FeatureSpec(String name, FeatureKind kind, FeatureGroup group, String description) {
    public FeatureSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        description = description == null || description.isBlank() ? name : description;
    }
}
