package dev.propensity.server.scoring;

import dev.propensity.grade.ActivityEvent;
import java.util.List;

/** The activity events recorded earlier for a lead (through {@code POST /v1/events}). */
@FunctionalInterface
public interface EventLookup {
    EventLookup NONE = leadId -> List.of();

    List<ActivityEvent> events(String leadId);
}
