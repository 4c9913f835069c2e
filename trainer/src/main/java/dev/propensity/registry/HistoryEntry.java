package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One line of {@code history.jsonl}: a change of champion or a refused challenger.
 *
 * @param at      when it happened
 * @param who     who did it (a person or a job)
 * @param action  promote, rollback or refuse
 * @param from    the champion before, if there was one
 * @param to      the version promoted, rolled back to, or refused
 * @param why     the reason given, empty when none was
 * @param metrics the figures the decision rests on; a JSON null when none were given
 */
public record HistoryEntry(Instant at, String who, HistoryAction action, OptionalInt from, int to, String why,
                           JsonNode metrics) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        why = why == null ? "" : why;
        // Copied so that neither the caller nor a reader can change a recorded decision afterwards.
        metrics = metrics == null ? NullNode.getInstance() : metrics.deepCopy();
    }

    @Override
    public JsonNode metrics() {
        return metrics.deepCopy();
    }
}
