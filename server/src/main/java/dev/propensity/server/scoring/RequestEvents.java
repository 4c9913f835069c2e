package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Timestamps;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.grade.ActivityEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The activity events and the moment to score at that a score request may carry beside the lead's fields:
 * {@code "events": [{"type": "web_visit", "time": "2026-11-30T10:00:00Z"}]} and {@code "as_of"} (default: now).
 */
public final class RequestEvents {
    /** Body keys that are not lead fields. */
    public static final String EVENTS = "events";
    public static final String AS_OF = "as_of";
    static final Set<String> RESERVED = Set.of(EVENTS, AS_OF);
    /** Events per request at most. */
    public static final int MAX_EVENTS = 10_000;

    private RequestEvents() {
    }

    /** @throws InvalidFieldException naming the event and field that is wrong */
    public static List<ActivityEvent> read(ObjectNode body) {
        JsonNode node = body.get(EVENTS);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidFieldException(EVENTS, "expected an array of {\"type\", \"time\"}");
        }
        if (node.size() > MAX_EVENTS) {
            throw new InvalidFieldException(EVENTS, "at most " + MAX_EVENTS + " events per request, got " + node.size());
        }
        List<ActivityEvent> events = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            events.add(event(node.get(i), EVENTS + "[" + i + "]"));
        }
        return events;
    }

    /** One event object; {@code where} names it in messages. */
    public static ActivityEvent event(JsonNode item, String where) {
        if (item == null || !item.isObject()) {
            throw new InvalidFieldException(where, "expected an object {\"type\", \"time\"}");
        }
        JsonNode type = item.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw new InvalidFieldException(where + ".type", "expected the event type as text");
        }
        return new ActivityEvent(type.asText().strip(), instant(item.get("time"), where + ".time"));
    }

    /** The request's {@code as_of}, or {@code now}. */
    public static Instant asOf(ObjectNode body, Instant now) {
        JsonNode node = body.get(AS_OF);
        return node == null || node.isNull() ? now : instant(node, AS_OF);
    }

    static Instant instant(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw new InvalidFieldException(where, "expected an ISO date or date-time such as 2026-11-30T10:00:00Z");
        }
        try {
            long millis = Timestamps.epochMillis(node.asText());
            if (millis == Timestamps.ABSENT) {
                throw new InvalidFieldException(where, "expected an ISO date or date-time, got an empty text");
            }
            return Instant.ofEpochMilli(millis);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidFieldException(where, "expected an ISO date or date-time such as 2026-11-30T10:00:00Z, got '"
                    + node.asText() + "'");
        }
    }
}
