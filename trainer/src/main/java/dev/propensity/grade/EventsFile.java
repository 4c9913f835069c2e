package dev.propensity.grade;

import dev.propensity.data.DataException;
import dev.propensity.data.RowSource;
import dev.propensity.data.RowSources;
import dev.propensity.data.Timestamps;
import dev.propensity.schema.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an activity events file (CSV or Parquet, one event a row) into events per lead id, for the leads wanted. */
public final class EventsFile {
    private EventsFile() {
    }

    /**
     * @param wanted lead ids to keep (events of other leads are skipped, so a large file costs little memory)
     * @throws DataException naming the file, the column or the row that is wrong
     */
    public static Map<String, List<ActivityEvent>> read(GradingSpec.EventsSource source, CsvFormat format, Set<String> wanted) {
        Path file = Path.of(source.file());
        Map<String, List<ActivityEvent>> events = new HashMap<>();
        try (RowSource rows = RowSources.open(file, format)) {
            List<String> header = rows.header();
            int key = column(header, source.key(), file);
            int type = column(header, source.type(), file);
            int time = column(header, source.time(), file);
            String[] row;
            while ((row = rows.next()) != null) {
                String id = row[key];
                if (id == null || !wanted.contains(id)) {
                    continue;
                }
                if (row[type] == null || row[type].isBlank()) {
                    throw new DataException(file + " " + rows.position() + ": '" + source.type() + "' is empty");
                }
                long millis;
                try {
                    millis = Timestamps.epochMillis(row[time]);
                } catch (DateTimeParseException e) {
                    throw new DataException(file + " " + rows.position() + ": '" + source.time() + "' is not a date: '"
                            + row[time] + "'");
                }
                if (millis == Timestamps.ABSENT) {
                    throw new DataException(file + " " + rows.position() + ": '" + source.time() + "' is empty");
                }
                events.computeIfAbsent(id, k -> new ArrayList<>()).add(new ActivityEvent(row[type], Instant.ofEpochMilli(millis)));
            }
        } catch (IOException e) {
            throw new DataException("cannot read events file " + file + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static int column(List<String> header, String name, Path file) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DataException("events file " + file + " has no column '" + name + "' (columns: " + header + ")");
        }
        return index;
    }
}
