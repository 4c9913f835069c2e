package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.data.DataException;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.data.RowSource;
import dev.propensity.data.RowSources;
import dev.propensity.persona.PersonaInput;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaException;
import dev.propensity.schema.SchemaReader;
import dev.propensity.schema.ValueParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The champion's own training data, loaded with the champion's schema: the history a retrained model starts
 * from before the fed-back outcomes are added.
 *
 * <p>A champion that was itself retrained learned from a snapshot holding fed-back outcomes too; those are read
 * again from the feedback store, so only the snapshot's base rows count as history here.
 *
 * @param champion the version whose data this is
 * @param schema   the schema recorded in its manifest, without the derived persona field
 * @param table    its training data (survey answers joined in)
 * @param rows     the rows of {@code table} that are history, ascending
 */
public record BaseHistory(ModelVersion champion, Schema schema, LeadTable table, int[] rows) {

    /**
     * Loads what the champion's manifest names.
     *
     * @throws RetrainException when the manifest lacks the schema or data file, or the file is gone or unreadable
     */
    public static BaseHistory of(ModelVersion champion) {
        JsonNode manifest = champion.manifest();
        String where = "the manifest of " + champion.label();
        JsonNode schemaJson = manifest.get("schema");
        String dataFile = manifest.path("data").path("file").asText("");
        if (schemaJson == null || dataFile.isBlank()) {
            throw new RetrainException(where + " has no schema or no data.file, so its training data cannot be "
                    + "found; retrain from the command line with 'train' instead");
        }
        try {
            // The derived persona (issue 9) is never in a data file: the history is loaded without it, and a champion
            // that takes it gets a challenger that derives it again from the champion's book (ChallengerPersonas).
            Schema schema = PersonaInput.without(SchemaReader.parse(schemaJson, null, where));
            // The schema in a manifest keeps file names only; the manifest's data section has the paths used.
            Path data = Path.of(dataFile);
            Optional<Path> survey = Optional.of(manifest.path("data").path("survey_file").asText(""))
                    .filter(s -> !s.isBlank()).map(Path::of);
            requireFile(data, champion, "training data");
            survey.ifPresent(s -> requireFile(s, champion, "survey file"));
            LeadTable table = new LeadTableLoader(schema).load(data, survey);
            int[] rows = SnapshotLayout.sourceColumn(schema).isPresent()
                    ? baseRowsOfSnapshot(data, schema, table.size())
                    : IntStream.range(0, table.size()).toArray();
            return new BaseHistory(champion, schema, table, rows);
        } catch (SchemaException | DataException e) {
            throw new RetrainException("cannot load the training data of " + champion.label() + ": " + e.getMessage(), e);
        }
    }

    /** Rows of an earlier snapshot whose source is the base history, numbered as the loader numbered them. */
    private static int[] baseRowsOfSnapshot(Path data, Schema schema, int loaded) {
        String source = SnapshotLayout.sourceColumn(schema).orElseThrow();
        ValueParser parser = new ValueParser(schema.format());
        IntStream.Builder rows = IntStream.builder();
        int index = 0;
        try (RowSource file = RowSources.open(data, schema.format())) {
            int sourceAt = file.header().indexOf(source);
            int labelAt = file.header().indexOf(schema.label().column());
            if (sourceAt < 0) {
                throw new DataException("column '" + source + "' is missing from snapshot " + data);
            }
            for (String[] row; (row = file.next()) != null; ) {
                // The loader skips unlabelled rows; skipping them here too keeps the numbering the same.
                if (parser.isMissing(row[labelAt])) {
                    continue;
                }
                if (SnapshotLayout.FROM_BASE.equals(row[sourceAt])) {
                    rows.add(index);
                }
                index++;
            }
        } catch (IOException e) {
            throw new DataException("cannot read " + data + ": " + e.getMessage(), e);
        }
        if (index != loaded) {
            throw new DataException("snapshot " + data + " has " + index + " labelled rows on a second reading, "
                    + loaded + " on the first");
        }
        return rows.build().toArray();
    }

    private static void requireFile(Path file, ModelVersion champion, String what) {
        if (!Files.isRegularFile(file)) {
            throw new RetrainException("the " + what + " of champion " + champion.label() + ", " + file.toAbsolutePath()
                    + ", does not exist (paths in a manifest are relative to where 'train' ran)");
        }
    }
}
