package dev.propensity.server.retrain;

import dev.propensity.data.DataException;
import dev.propensity.data.Fingerprints;
import dev.propensity.grade.ActivityEvent;
import dev.propensity.grade.EventsFile;
import dev.propensity.grade.GradingSpec;
import dev.propensity.schema.CsvFormat;
import dev.propensity.server.feedback.FeedbackStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the activity events of a snapshot's leads beside it ({@code snapshot-….events.csv}: lead id, event type,
 * ISO time, in the snapshot's CSV format), so the challenger's engagement is learnt from events as the champion's
 * was. A lead's events are those of the champion's events file (for the champion's own training leads) and those
 * stored through {@code POST /v1/events}; an event in both counts once.
 */
final class RetrainEvents {
    static final String KEY = "lead_id";
    static final String TYPE = "event_type";
    static final String TIME = "event_time";

    private RetrainEvents() {
    }

    /**
     * @param file   the events file
     * @param sha256 the hash of its bytes
     * @param leads  leads with at least one event
     * @param events events written
     */
    record Written(Path file, String sha256, int leads, long events) {
        GradingSpec.EventsSource source() {
            return new GradingSpec.EventsSource(file.toString(), KEY, TYPE, TIME);
        }
    }

    /**
     * @param championEvents the events file the champion learnt from
     * @throws RetrainException when that file is gone or unreadable: without it the champion's leads would all look
     *                          unengaged and the challenger would learn the wrong thing
     */
    static Written write(Snapshot snapshot, BaseHistory base, List<FeedbackExample> fed,
                         Optional<GradingSpec.EventsSource> championEvents, FeedbackStore store) {
        Set<String> ids = new LinkedHashSet<>();
        for (int row : base.rows()) {
            if (base.table().ids()[row] != null) {
                ids.add(base.table().ids()[row]);
            }
        }
        fed.forEach(e -> ids.add(e.leadId()));
        Map<String, Set<ActivityEvent>> byLead = new LinkedHashMap<>();
        championEvents.ifPresent(source -> read(source, base, ids)
                .forEach((id, events) -> byLead.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(events)));
        Map<String, List<ActivityEvent>> stored = new HashMap<>();
        store.forEachEventOf(ids, e -> stored.computeIfAbsent(e.leadId(), k -> new ArrayList<>())
                .add(new ActivityEvent(e.type(), e.occurred())));
        // In the snapshot's order, so the file (and its hash) does not depend on how the store sorts ids.
        for (String id : ids) {
            List<ActivityEvent> events = stored.get(id);
            if (events != null) {
                byLead.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(events);
            }
        }
        CsvFormat format = snapshot.layout().schema().format();
        String name = snapshot.file().getFileName().toString().replaceFirst("\\.parquet$", "") + ".events.csv";
        Path file = snapshot.file().resolveSibling(name);
        Path partial = file.resolveSibling(name + "." + UUID.randomUUID() + ".partial");
        long count = 0;
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(String.join(String.valueOf(format.separator()), KEY, TYPE, TIME) + "\n");
                for (Map.Entry<String, Set<ActivityEvent>> lead : byLead.entrySet()) {
                    for (ActivityEvent event : lead.getValue()) {
                        out.write(quoted(lead.getKey(), format) + format.separator() + quoted(event.type(), format)
                                + format.separator() + event.time() + "\n");
                        count++;
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Written(file, Fingerprints.sha256(file), (int) byLead.values().stream().filter(s -> !s.isEmpty())
                    .count(), count);
        } catch (IOException e) {
            deleteQuietly(partial, e);
            throw new UncheckedIOException("cannot write the retraining events file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, List<ActivityEvent>> read(GradingSpec.EventsSource source, BaseHistory base, Set<String> ids) {
        if (!Files.isRegularFile(Path.of(source.file()))) {
            throw new RetrainException("the events file champion " + base.champion().label() + " learnt its engagement"
                    + " from, " + source.file() + ", does not exist; restore it or retrain from the command line");
        }
        try {
            return EventsFile.read(source, base.schema().format(), ids);
        } catch (DataException e) {
            throw new RetrainException("cannot read the champion's events file: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path partial, IOException cause) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Every value quoted, quotes doubled, so that a separator or quote inside an id or a type reads back as written. */
    private static String quoted(String value, CsvFormat format) {
        String q = String.valueOf(format.quote());
        return q + value.replace(q, q + q) + q;
    }
}
