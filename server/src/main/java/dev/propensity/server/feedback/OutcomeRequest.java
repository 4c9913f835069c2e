package dev.propensity.server.feedback;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One closed lead as the CRM posts it, before validation: {@link OutcomeValidator} checks it and names the
 * offending field, so the components here may hold anything the JSON carried.
 *
 * @param leadId         the CRM's lead id, the same id the lead was scored under
 * @param outcome        {@code won} or {@code lost}
 * @param amount         the deal amount, {@code null} when the CRM sends none (typical for lost deals)
 * @param closeDate      the day the CRM closed the lead
 * @param idempotencyKey the CRM's key for this post; re-posting it with the same content is harmless
 */
public record OutcomeRequest(
        String leadId, String outcome, BigDecimal amount, LocalDate closeDate, String idempotencyKey) {
}
