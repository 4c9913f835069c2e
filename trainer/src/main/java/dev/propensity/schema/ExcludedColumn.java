package dev.propensity.schema;

/** A column present in the data that the model must not use, and why (leakage, identifier, free text...). */
public record ExcludedColumn(String name, String reason) {
}
