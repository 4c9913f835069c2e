package dev.propensity.server.grading;

/** Writes a reason's sentence; the scoring package supplies the schema's wording. */
@FunctionalInterface
public interface Sentences {
    String sentence(String field, Object value, double contribution);
}
