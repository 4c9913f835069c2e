package dev.propensity.schema;

/**
 * Two features whose combination the model learns as one category, for effects a model additive per field cannot
 * express (a call month that matters only on some days). Its contribution is reported as a field of its own, so
 * explanations still add up exactly.
 *
 * @param first       a feature name
 * @param second      another feature name
 * @param description words for explanations, such as "month and day of the last call"
 */
public record Interaction(String first, String second, String description) {
    /** The name the combined input is known by, such as {@code month*day}. */
    public String field() {
        return first + "*" + second;
    }
}
