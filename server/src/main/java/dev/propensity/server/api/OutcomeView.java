package dev.propensity.server.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One outcome as stored, in the answer of {@code POST /v1/outcomes}.
 *
 * @param id             the store's id
 * @param idempotencyKey the CRM's key
 * @param leadId         the lead
 * @param outcome        won or lost
 * @param amount         the deal amount, left out when none
 * @param closeDate      the day the lead closed
 * @param receivedAt     when the store first received it
 * @param scored         whether this server had scored the lead by then
 * @param status         created, or duplicate for a repeated post
 */
public record OutcomeView(long id, String idempotencyKey, String leadId, String outcome, BigDecimal amount,
                          LocalDate closeDate, Instant receivedAt, boolean scored, String status) {
}
