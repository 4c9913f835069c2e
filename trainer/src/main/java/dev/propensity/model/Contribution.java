package dev.propensity.model;

/**
 * How much one field moved a lead's log-odds away from the average lead's.
 *
 * @param field        the raw field (one-hot inputs summed back to it)
 * @param value        the value as received (null when missing)
 * @param logOdds      the signed contribution in log-odds
 */
public record Contribution(String field, Object value, double logOdds) {
}
