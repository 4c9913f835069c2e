package dev.propensity.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How much one field moved a lead's log-odds away from the average lead's.
 *
 * @param field        the raw CRM field
 * @param value        the value as received, null when missing
 * @param contribution signed log-odds
 */
public record FieldContribution(String field, @JsonInclude(JsonInclude.Include.ALWAYS) Object value,
                                double contribution) {
}
