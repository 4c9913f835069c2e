package dev.propensity.features;

/** Read access to one lead's raw fields, whether it is a row of a training table or a JSON object being scored. */
@FunctionalInterface
public interface LeadValues {
    /** The raw value of a field: a String, Number, Boolean, or null when absent. */
    Object get(String field);
}
