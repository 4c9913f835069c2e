package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.schema.NearestName;
import dev.propensity.server.feedback.FeedbackValidationException;
import dev.propensity.server.feedback.OutcomeRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the JSON of {@code POST /v1/outcomes} (one object or an array) into outcome requests, refusing a
 * value of the wrong JSON type with the same field paths the validator uses ({@code outcomes[0].amount}).
 * The domain rules themselves are the validator's job.
 */
final class OutcomeParser {
    /** Every field of an outcome. */
    static final List<String> FIELDS = List.of("lead_id", "outcome", "amount", "close_date", "idempotency_key");

    private OutcomeParser() {
    }

    static List<OutcomeRequest> parse(JsonNode body) {
        List<OutcomeRequest> requests = new ArrayList<>();
        if (body.isObject()) {
            requests.add(one(body, "outcomes[0]"));
        } else if (body.isArray()) {
            for (int i = 0; i < body.size(); i++) {
                JsonNode item = body.get(i);
                if (!item.isObject()) {
                    throw new FeedbackValidationException("outcomes[" + i + "]", "expected an outcome object");
                }
                requests.add(one(item, "outcomes[" + i + "]"));
            }
        } else {
            throw new FeedbackValidationException("outcomes", "expected an outcome object or an array of them");
        }
        return requests;
    }

    private static OutcomeRequest one(JsonNode node, String path) {
        checkMisnamedFields(node, path);
        return new OutcomeRequest(text(node, "lead_id", path), text(node, "outcome", path), amount(node, path),
                date(node, path), text(node, "idempotency_key", path));
    }

    /**
     * A field the outcome does not know, near the name of one it lacks ({@code closed_at} without {@code close_date}),
     * is a slip, named as such; other extra fields a CRM sends are left alone.
     */
    private static void checkMisnamedFields(JsonNode node, String path) {
        List<String> absent = FIELDS.stream().filter(f -> node.path(f).isMissingNode() || node.path(f).isNull()).toList();
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                NearestName.of(name, absent).ifPresent(near -> {
                    throw new FeedbackValidationException(path + "." + name, "'" + name + "' is not a field of an outcome;"
                            + " did you mean '" + near + "'? The fields are " + String.join(", ", FIELDS));
                });
            }
        });
    }

    private static String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new FeedbackValidationException(path + "." + name, "expected a string, got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.textValue();
    }

    private static BigDecimal amount(JsonNode node, String path) {
        JsonNode value = node.get("amount");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new FeedbackValidationException(path + ".amount", "expected a number such as 1250.00, got " + value);
    }

    /**
     * The close date: {@code yyyy-MM-dd}, or as CRMs send dates in webhooks, an ISO date-time (its UTC day) or
     * milliseconds since the epoch (HubSpot's date properties), as a number or as text.
     */
    private static LocalDate date(JsonNode node, String path) {
        JsonNode value = node.get("close_date");
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isNumber() ? value.asText() : text(node, "close_date", path).strip();
        try {
            if (text.matches("\\d{10,}")) {
                return Instant.ofEpochMilli(Long.parseLong(text)).atZone(ZoneOffset.UTC).toLocalDate();
            }
            if (text.length() > 10 && text.charAt(10) == 'T') {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            }
            return LocalDate.parse(text);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new FeedbackValidationException(path + ".close_date", "expected a date as yyyy-MM-dd (or an ISO date-time,"
                    + " or milliseconds since the epoch), got '" + text + "'");
        }
    }
}
