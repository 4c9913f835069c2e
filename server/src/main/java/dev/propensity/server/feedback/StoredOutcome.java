package dev.propensity.server.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An outcome as the feedback store holds it.
 *
 * @param id             the store's id for the row
 * @param idempotencyKey the key the CRM posted it under, unique in the store
 * @param leadId         the CRM's lead id
 * @param outcome        won or lost
 * @param amount         the deal amount, when the CRM sent one
 * @param closeDate      the day the CRM closed the lead
 * @param receivedAt     when the store first received it (microsecond precision)
 * @param scored         whether the lead had been scored when the outcome arrived; {@code false} flags an
 *                       outcome for a lead this server never scored, kept but useless for retraining
 */
public record StoredOutcome(
        long id,
        String idempotencyKey,
        String leadId,
        Outcome outcome,
        Optional<BigDecimal> amount,
        LocalDate closeDate,
        Instant receivedAt,
        boolean scored) {

    /**
     * Whether the request carries what is stored here: same lead, outcome, close date and amount (compared
     * by value, so 12.5 and 12.50 agree). The request must already be valid.
     */
    public boolean sameContentAs(OutcomeRequest request) {
        return leadId.equals(request.leadId())
                && outcome.wireName().equals(request.outcome())
                && closeDate.equals(request.closeDate())
                && sameAmount(request.amount());
    }

    private boolean sameAmount(BigDecimal requested) {
        if (requested == null || amount.isEmpty()) {
            return requested == null && amount.isEmpty();
        }
        return amount.get().compareTo(requested) == 0;
    }
}
