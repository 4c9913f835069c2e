package dev.propensity.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code events.csv}: the activity behind each lead's exported counts, one event a row
 * ({@code lead_id, event_type, event_time}), as a marketing tool would export it. Each lead gets exactly its
 * {@code web_visits}, {@code downloads} and {@code email_clicks} as events of those types; the latest falls
 * {@code days_since_last_activity} days before the lead's creation (the moment it is scored), the others earlier,
 * at ages spread exponentially around the lead's hidden persona's usual rhythm. Times come from a {@link Draw} of
 * their own, seeded from the settings' seed, so the other files keep their values for a seed.
 */
final class ActivityStream implements AutoCloseable {
    static final String FILE = "events.csv";
    static final List<String> COLUMNS = List.of("lead_id", "event_type", "event_time");
    /** Mixed into the seed so that this stream never repeats the main one. */
    static final long SEED_SALT = 0x10_E7E7L;
    private static final double[] SPREAD_DAYS = {6, 10, 16, 12, 28};

    private final Draw draw;
    private final CsvTableWriter writer;

    ActivityStream(Path folder, long seed) throws IOException {
        this.draw = new Draw(seed ^ SEED_SALT);
        this.writer = new CsvTableWriter(folder.resolve(FILE), COLUMNS);
    }

    void write(Lead lead) throws IOException {
        Engagement e = lead.engagement();
        long total = e.webVisits() + e.downloads() + e.emailClicks();
        if (total == 0) {
            return;
        }
        Instant scored = lead.created().atStartOfDay(ZoneOffset.UTC).toInstant();
        double spread = SPREAD_DAYS[Math.floorMod(lead.persona().ordinal(), SPREAD_DAYS.length)];
        List<String> types = new ArrayList<>();
        addTimes(types, "web_visit", e.webVisits());
        addTimes(types, "download", e.downloads());
        addTimes(types, "email_click", e.emailClicks());
        // The latest event is the one "days since last activity" counts from; the rest are older.
        int latest = draw.below(types.size());
        for (int i = 0; i < types.size(); i++) {
            double ageDays = e.daysSinceLastActivity() + draw.uniform();
            if (i != latest) {
                ageDays += -spread * StrictMath.log(1.0 - draw.uniform());
            }
            Instant time = scored.minusSeconds(Math.round(ageDays * 86_400));
            writer.writeRow(List.of(lead.id(), types.get(i), time.toString()));
        }
    }

    private static void addTimes(List<String> types, String type, long count) {
        for (long i = 0; i < count; i++) {
            types.add(type);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
