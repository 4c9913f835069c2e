package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.grade.ActivityEvent;
import dev.propensity.server.feedback.EventRecord;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.scoring.RequestEvents;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/events} (feedback scope): one event {@code {"lead_id", "type", "time"}} or an array, stored
 * all-or-nothing and answered after the commit: 201 when any was new, 200 when all were stored before (the same
 * lead, type and time is one event). Later scores of the lead use them when the version learnt from events.
 */
public final class EventsHandler implements Handler {
    private final JsonBody body;
    private final FeedbackStore store;

    public EventsHandler(JsonBody body, FeedbackStore store) {
        this.body = body;
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode root = body.read(ctx);
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        if (items.isEmpty()) {
            throw ApiException.badRequest("empty_batch", "expected at least one event");
        }
        if (items.size() > RequestEvents.MAX_EVENTS) {
            throw ApiException.tooLarge("batch_too_large", "at most " + RequestEvents.MAX_EVENTS + " events per request, got "
                    + items.size());
        }
        List<EventRecord> events = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = root.isArray() ? "[" + i + "]" : "";
            JsonNode item = items.get(i);
            JsonNode lead = item.get("lead_id");
            if (lead == null || !lead.isValueNode() || lead.isNull() || lead.asText().isBlank()) {
                throw ApiException.invalidField(where + "lead_id", where + (where.isEmpty() ? "" : ".") + "lead_id: required");
            }
            ActivityEvent event;
            try {
                event = RequestEvents.event(item, where.isEmpty() ? "event" : where);
            } catch (InvalidFieldException e) {
                throw ApiException.invalidField(e.field(), e.getMessage());
            }
            events.add(new EventRecord(lead.asText(), event.type(), event.time()));
        }
        int added = store.recordEvents(events);
        ctx.status(added > 0 ? 201 : 200).json(Map.of("received", events.size(), "new", added));
    }
}
