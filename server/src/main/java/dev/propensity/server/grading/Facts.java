package dev.propensity.server.grading;

/** What a rule condition can ask about a lead: its fields as sent, and the scores computed for it. */
@FunctionalInterface
public interface Facts {
    /** A String, Double or Boolean, or null when absent. */
    Object get(String field);
}
