package dev.propensity.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What set the grade and route.
 *
 * @param kind   "threshold" (the fit × engagement matrix) or "rule" (an override rule)
 * @param rule   the rule's file, line and text; null for a threshold decision
 * @param reason in words
 */
public record DecidedBy(String kind, @JsonInclude(JsonInclude.Include.ALWAYS) String rule, String reason) {
}
