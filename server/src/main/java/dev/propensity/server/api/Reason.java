package dev.propensity.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of the fields that moved a score most, with a sentence a sales rep can read.
 *
 * @param field        the raw CRM field
 * @param value        the value as received, null when missing
 * @param contribution signed log-odds
 * @param sentence     such as "Company size (5,000) raises the likelihood"
 */
public record Reason(String field, @JsonInclude(JsonInclude.Include.ALWAYS) Object value, double contribution,
                     String sentence) {
}
