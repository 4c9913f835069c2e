package dev.propensity.server.feedback;

import static dev.propensity.server.feedback.Leads.CLOSED;
import static dev.propensity.server.feedback.Leads.won;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackOutcomeValidatorTest {
    private final OutcomeValidator validator = new OutcomeValidator();

    private String problemWith(OutcomeRequest bad) {
        // The bad item sits at index 3 so that the message is seen to name the right one.
        List<OutcomeRequest> post = new ArrayList<>(List.of(won("k0", "l0", "1"), won("k1", "l1", null), won("k2", "l2", "0")));
        post.add(bad);
        return assertThrows(FeedbackValidationException.class, () -> validator.validate(post)).getMessage();
    }

    @Test
    void anUnknownOutcomeIsNamedWithItsIndexAndValue() {
        assertEquals("outcomes[3].outcome: expected won or lost, got 'maybe'",
                problemWith(new OutcomeRequest("l3", "maybe", null, CLOSED, "k3")));
        assertEquals("outcomes[3].outcome: expected won or lost, got 'WON'",
                problemWith(new OutcomeRequest("l3", "WON", null, CLOSED, "k3")));
        assertEquals("outcomes[3].outcome: expected won or lost, got null",
                problemWith(new OutcomeRequest("l3", null, null, CLOSED, "k3")));
    }

    @Test
    void emptyKeysAndLeadIdsAreRefused() {
        assertEquals("outcomes[3].idempotency_key: expected a non-empty string, got ''",
                problemWith(new OutcomeRequest("l3", "won", null, CLOSED, "")));
        assertEquals("outcomes[3].idempotency_key: expected a non-empty string, got null",
                problemWith(new OutcomeRequest("l3", "won", null, CLOSED, null)));
        assertEquals("outcomes[3].lead_id: expected a non-empty string, got ' '",
                problemWith(new OutcomeRequest(" ", "won", null, CLOSED, "k3")));
    }

    @Test
    void overlongIdsAreRefused() {
        String longId = "x".repeat(OutcomeValidator.MAX_ID_LENGTH + 1);
        assertEquals("outcomes[3].lead_id: expected at most 200 characters, got 201",
                problemWith(new OutcomeRequest(longId, "won", null, CLOSED, "k3")));
    }

    @Test
    void aMissingCloseDateIsRefused() {
        assertEquals("outcomes[3].close_date: expected a date such as 2025-03-31, got null",
                problemWith(new OutcomeRequest("l3", "won", null, null, "k3")));
    }

    @Test
    void amountsMustBeNonNegativeAndFitTheColumn() {
        assertEquals("outcomes[3].amount: expected an amount >= 0, got -0.01",
                problemWith(won("k3", "l3", "-0.01")));
        assertEquals("outcomes[3].amount: expected at most 4 decimal places, got 1.23456",
                problemWith(won("k3", "l3", "1.23456")));
        assertEquals("outcomes[3].amount: expected at most 15 significant digits, got 1234567890123456",
                problemWith(won("k3", "l3", "1234567890123456")));
        assertEquals("outcomes[3].amount: expected at most 15 significant digits, got 10000000000000000",
                problemWith(won("k3", "l3", "1E+16")));
    }

    @Test
    void edgeAmountsAreAccepted() {
        assertDoesNotThrow(() -> validator.validate(List.of(
                won("a", "l", "0"), won("b", "l", "1.2300000"), won("c", "l", "99999999999.9999"),
                won("d", "l", "999999999999999"), new OutcomeRequest("l", "lost", new BigDecimal("1E+3"), CLOSED, "e"))));
    }

    @Test
    void aPostMustHoldOneToAThousandOutcomes() {
        assertEquals("outcomes: expected at least one outcome",
                assertThrows(FeedbackValidationException.class, () -> validator.validate(List.of())).getMessage());
        assertEquals("outcomes: expected at least one outcome",
                assertThrows(FeedbackValidationException.class, () -> validator.validate(null)).getMessage());
        List<OutcomeRequest> tooMany = Collections.nCopies(1001, won("k", "l", "1"));
        assertEquals("outcomes: expected at most 1000 outcomes in one post, got 1001",
                assertThrows(FeedbackValidationException.class, () -> validator.validate(tooMany)).getMessage());
    }

    @Test
    void aNullItemIsNamed() {
        List<OutcomeRequest> post = new ArrayList<>();
        post.add(won("k0", "l0", "1"));
        post.add(null);
        FeedbackValidationException e = assertThrows(FeedbackValidationException.class, () -> validator.validate(post));
        assertEquals("outcomes[1]", e.field());
        assertEquals("outcomes[1]: expected an outcome, got null", e.getMessage());
    }
}
