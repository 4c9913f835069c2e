package dev.propensity.server.retrain;

import dev.propensity.data.Column;
import dev.propensity.data.Fingerprints;
import dev.propensity.data.LeadTable;
import dev.propensity.data.ParquetTableWriter;
import dev.propensity.data.Timestamps;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the training set of a retraining run to one Parquet file in the snapshot folder, so that the
 * challenger's manifest can name the exact bytes it learned from.
 */
public final class SnapshotWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;

    /** @param folder the snapshot folder, made when the first snapshot is written */
    public SnapshotWriter(Path folder) {
        this.folder = folder;
    }

    /**
     * @param base     the champion's schema and training data, from which the snapshot's columns are derived
     * @param feedback the fed-back examples, oldest first
     */
    public Snapshot write(Instant now, BaseHistory base, List<FeedbackExample> feedback) {
        try {
            Files.createDirectories(folder);
            Path file = freshName(now);
            SnapshotLayout layout = SnapshotLayout.derive(base.schema(), file);
            // Written aside and moved into place, so a crash never leaves a truncated snapshot under the real name;
            // the random part keeps two runs in the same second (a cron job and a CRM call) off each other's file.
            Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".partial");
            try (ParquetTableWriter writer = ParquetTableWriter.create(partial, layout.avroSchema())) {
                writeBase(writer, layout, base);
                writeFeedback(writer, layout, feedback);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Snapshot(file, Fingerprints.sha256(file), layout, base.rows().length, feedback.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the retraining snapshot in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path freshName(Instant now) {
        String stem = "snapshot-" + STAMP.format(now);
        Path file = folder.resolve(stem + ".parquet");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(stem + "-" + i + ".parquet");
        }
        return file;
    }

    private static void writeBase(ParquetTableWriter writer, SnapshotLayout layout, BaseHistory base) throws IOException {
        LeadTable table = base.table();
        List<FeatureSpec> features = layout.schema().features();
        List<Column> columns = new ArrayList<>(features.size());
        features.forEach(f -> columns.add(table.column(f.name())));
        List<Object> row = new ArrayList<>(features.size() + 4);
        for (int i : base.rows()) {
            row.clear();
            row.add(table.ids()[i] == null ? "" : table.ids()[i]);
            row.add(table.won()[i] == 1 ? SnapshotLayout.WON : SnapshotLayout.LOST);
            long time = table.times() == null ? Timestamps.ABSENT : table.times()[i];
            row.add(time == Timestamps.ABSENT ? null : time);
            row.add(SnapshotLayout.FROM_BASE);
            for (int f = 0; f < features.size(); f++) {
                Object raw = columns.get(f).raw(i);
                // A loaded table holds yes/no answers as 1 and 0; the snapshot keeps them as booleans.
                row.add(raw != null && features.get(f).kind() == FeatureKind.BOOLEAN ? (Double) raw == 1 : raw);
            }
            writer.write(row);
        }
    }

    private static void writeFeedback(ParquetTableWriter writer, SnapshotLayout layout, List<FeedbackExample> feedback)
            throws IOException {
        List<FeatureSpec> features = layout.schema().features();
        List<Object> row = new ArrayList<>(features.size() + 4);
        for (FeedbackExample example : feedback) {
            row.clear();
            row.add(example.leadId());
            row.add(example.won() ? SnapshotLayout.WON : SnapshotLayout.LOST);
            // The day the CRM closed the lead, not when we heard about it: what the time split would order by.
            row.add(example.closeDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            row.add(SnapshotLayout.FROM_FEEDBACK);
            for (FeatureSpec feature : features) {
                row.add(example.values().get(feature.name()));
            }
            writer.write(row);
        }
    }
}
