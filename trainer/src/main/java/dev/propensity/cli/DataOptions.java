package dev.propensity.cli;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What {@code train} and {@code evaluate} read: a schema and, optionally, other data and survey files than the
 * schema's own. Both verbs load the same way and print the same notes (columns the schema ignores, unreadable
 * values), so a table that trains is the table that was evaluated.
 */
public final class DataOptions {
    @Option(names = "--schema", defaultValue = "datasets/synthetic.schema.json",
            description = "Schema file (default: ${DEFAULT-VALUE}).")
    Path schemaFile;

    @Option(names = "--data", description = "Data file (CSV or Parquet) instead of the schema's own.")
    Path data;

    @Option(names = "--survey", description = "Survey file instead of the schema's own.")
    Path survey;

    /** Reads the schema and its data, printing each loading note to {@code err} as {@code note: ...}. */
    public LeadTable load(PrintWriter err) {
        return load(err, schema());
    }

    /** The schema file, read and checked. */
    public Schema schema() {
        return SchemaReader.read(schemaFile);
    }

    /** The schema file's path, for the settings that live beside it (personas, grading). */
    public Path schemaFile() {
        return schemaFile;
    }

    /**
     * Reads the data with {@code schema} (the schema file's own, or one widened with columns a training step
     * needs beside the features, such as the deal columns of personas), printing each loading note.
     */
    public LeadTable load(PrintWriter err, Schema schema) {
        LeadTableLoader loader = new LeadTableLoader(schema);
        LeadTable table = data == null ? loader.load()
                : loader.load(data, Optional.ofNullable(survey).or(() -> schema.survey().map(s -> Path.of(s.file()))));
        table.warnings().forEach(w -> err.println("note: " + w));
        err.flush();
        return table;
    }
}
