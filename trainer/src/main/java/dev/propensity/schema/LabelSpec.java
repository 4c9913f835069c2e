package dev.propensity.schema;

/** The outcome column and the value that means "became a customer"; every other non-missing value is a loss. */
public record LabelSpec(String column, String positive) {
    public boolean isPositive(String raw) {
        return raw != null && raw.trim().equalsIgnoreCase(positive);
    }
}
