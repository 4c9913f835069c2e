package dev.propensity.server.scoring;

import dev.propensity.grade.ActivityEvent;
import dev.propensity.server.feedback.EventRecord;
import dev.propensity.server.feedback.FeedbackStore;
import java.util.ArrayList;
import java.util.List;

/** The events recorded in the feedback store, as an {@link EventLookup}. */
public final class StoredEvents implements EventLookup {
    private final FeedbackStore store;

    public StoredEvents(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public List<ActivityEvent> events(String leadId) {
        List<EventRecord> records = store.eventsFor(leadId);
        List<ActivityEvent> events = new ArrayList<>(records.size());
        records.forEach(r -> events.add(new ActivityEvent(r.type(), r.occurred())));
        return events;
    }
}
