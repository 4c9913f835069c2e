package dev.propensity.server.feedback;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks posted outcomes against the domain's rules before anything touches the database, so that a bad
 * post is rejected whole with a message naming the field and the item's index.
 */
public final class OutcomeValidator {
    /** The most outcomes one post may carry; one post is one transaction, so it is kept short. */
    public static final int MAX_BATCH = 1000;
    /** The longest lead id or idempotency key accepted. */
    public static final int MAX_ID_LENGTH = 200;
    /** The most decimal places an amount may have. */
    public static final int MAX_AMOUNT_SCALE = 4;
    /**
     * The most significant digits an amount may have: SQLite keeps decimals as 8-byte floating point, which
     * holds 15 significant digits exactly, and a duplicate post is recognised by comparing amounts.
     */
    public static final int MAX_AMOUNT_DIGITS = 15;

    /**
     * Checks a whole post.
     *
     * @throws FeedbackValidationException naming the first offending field, such as {@code outcomes[3].outcome}
     */
    public void validate(List<OutcomeRequest> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new FeedbackValidationException("outcomes", "expected at least one outcome");
        }
        if (outcomes.size() > MAX_BATCH) {
            throw new FeedbackValidationException("outcomes",
                    "expected at most " + MAX_BATCH + " outcomes in one post, got " + outcomes.size());
        }
        for (int i = 0; i < outcomes.size(); i++) {
            validate(outcomes.get(i), "outcomes[" + i + "]");
        }
    }

    private static void validate(OutcomeRequest item, String path) {
        if (item == null) {
            throw new FeedbackValidationException(path, "expected an outcome, got null");
        }
        requireId(item.leadId(), path + ".lead_id");
        requireId(item.idempotencyKey(), path + ".idempotency_key");
        if (Outcome.fromWireName(item.outcome()).isEmpty()) {
            throw new FeedbackValidationException(path + ".outcome", "expected won or lost, got " + quoted(item.outcome()));
        }
        if (item.closeDate() == null) {
            throw new FeedbackValidationException(path + ".close_date", "expected a date such as 2025-03-31, got null");
        }
        if (item.amount() != null) {
            validateAmount(item.amount(), path + ".amount");
        }
    }

    private static void requireId(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FeedbackValidationException(field, "expected a non-empty string, got " + quoted(value));
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new FeedbackValidationException(field,
                    "expected at most " + MAX_ID_LENGTH + " characters, got " + value.length());
        }
    }

    private static void validateAmount(BigDecimal amount, String field) {
        if (amount.signum() < 0) {
            throw new FeedbackValidationException(field, "expected an amount >= 0, got " + shown(amount));
        }
        BigDecimal normalized = amount.stripTrailingZeros();
        if (normalized.scale() > MAX_AMOUNT_SCALE) {
            throw new FeedbackValidationException(field,
                    "expected at most " + MAX_AMOUNT_SCALE + " decimal places, got " + shown(amount));
        }
        int integerDigits = Math.max(normalized.precision() - normalized.scale(), 0);
        if (normalized.precision() > MAX_AMOUNT_DIGITS || integerDigits > MAX_AMOUNT_DIGITS) {
            throw new FeedbackValidationException(field,
                    "expected at most " + MAX_AMOUNT_DIGITS + " significant digits, got " + shown(amount));
        }
    }

    /** An amount as written, but never a billion digits: 1e999999999 stays in scientific notation. */
    private static String shown(BigDecimal amount) {
        return Math.abs((long) amount.scale()) > 40 ? amount.toString() : amount.toPlainString();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
