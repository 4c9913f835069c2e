package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.schema.ExcludedColumn;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.LabelSpec;
import dev.propensity.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of a retraining snapshot and the schema that trains from it, derived from the champion's: the same
 * features (survey answers inline, so no survey join), an id, a {@code won}/{@code lost} label and a timestamp.
 *
 * @param schema          the trainer's schema for the snapshot: data is the snapshot file, no survey
 * @param avroSchema      the Parquet file's columns: id, label, timestamp, source, then the features in schema order
 */
public record SnapshotLayout(Schema schema, org.apache.avro.Schema avroSchema) {
    static final String WON = "won";
    static final String LOST = "lost";
    /** Values of the source column: which rows came from the champion's data and which from the CRM. */
    static final String FROM_BASE = "base";
    static final String FROM_FEEDBACK = "feedback";
    /**
     * The reason the source column is excluded from the features; also how a later run recognises a snapshot
     * and keeps only its base rows, since the fed-back outcomes are read again from the store.
     */
    static final String SOURCE_REASON = "retrain provenance: 'base' rows come from the champion's data, "
            + "'feedback' rows from CRM outcomes";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The id column: the champion's, or a new one when its data had none (rows were numbered). */
    public String idColumn() {
        return schema.id();
    }

    public String labelColumn() {
        return schema.label().column();
    }

    public String timestampColumn() {
        return schema.timestamp().orElseThrow();
    }

    /** The column saying whether a row is a base row or a fed-back outcome. */
    public String sourceColumn() {
        return sourceColumn(schema).orElseThrow();
    }

    /** The source column of a schema derived here, if {@code schema} is one. */
    static Optional<String> sourceColumn(Schema schema) {
        return schema.excluded().stream().filter(e -> SOURCE_REASON.equals(e.reason())).map(ExcludedColumn::name)
                .findFirst();
    }

    /**
     * Checks that every column of the champion's data can be stored in a snapshot and read back by the trainer,
     * whose Parquet reader goes through Avro and so takes only Avro names.
     *
     * @throws RetrainException naming the first column that cannot
     */
    public static void requireStorable(Schema champion) {
        List<String> columns = new ArrayList<>(champion.featureNames());
        columns.add(champion.label().column());
        if (champion.id() != null) {
            columns.add(champion.id());
        }
        champion.timestamp().ifPresent(columns::add);
        for (String column : columns) {
            if (!AVRO_NAME.matcher(column).matches()) {
                throw new RetrainException("column '" + column + "' of schema '" + champion.name() + "' cannot go"
                        + " into a Parquet snapshot the trainer can read back (Avro names allow only letters, digits"
                        + " and '_', not starting with a digit); rename it in the export and the schema, or retrain"
                        + " with 'train'");
            }
        }
    }

    /** Derives the snapshot's layout from the champion's schema, for a snapshot written to {@code file}. */
    public static SnapshotLayout derive(Schema champion, Path file) {
        requireStorable(champion);
        Set<String> taken = new HashSet<>(champion.featureNames());
        taken.add(champion.label().column());
        champion.excluded().forEach(e -> taken.add(e.name()));
        champion.timestamp().ifPresent(taken::add);
        String id = champion.id() != null ? champion.id() : fresh("lead_id", taken);
        taken.add(id);
        String timestamp = champion.timestamp().orElseGet(() -> fresh("closed_at", taken));
        taken.add(timestamp);
        List<ExcludedColumn> excluded = new ArrayList<>(champion.excluded());
        // A champion trained from a snapshot already has the column.
        if (sourceColumn(champion).isEmpty()) {
            excluded.add(new ExcludedColumn(fresh("retrain_source", taken), SOURCE_REASON));
        }
        // Our own label values: the champion's positive value may be any text, the snapshot's is always "won".
        Schema schema = new Schema(champion.name(), Optional.of(file), champion.format(), id,
                new LabelSpec(champion.label().column(), WON), Optional.of(timestamp), Optional.empty(),
                champion.features(), excluded, champion.segments());
        return new SnapshotLayout(schema, avro(schema));
    }

    private static String fresh(String preferred, Set<String> taken) {
        String name = preferred;
        for (int i = 2; taken.contains(name); i++) {
            name = preferred + "_" + i;
        }
        return name;
    }

    private static org.apache.avro.Schema avro(Schema schema) {
        ObjectNode record = MAPPER.createObjectNode().put("type", "record").put("name", "retrain_snapshot")
                .put("namespace", "dev.propensity.retrain");
        ArrayNode fields = record.putArray("fields");
        fields.addObject().put("name", schema.id()).put("type", "string");
        fields.addObject().put("name", schema.label().column()).put("type", "string");
        ObjectNode time = fields.addObject().put("name", schema.timestamp().orElseThrow());
        time.putArray("type").add("null").addObject().put("type", "long").put("logicalType", "timestamp-millis");
        time.putNull("default");
        fields.addObject().put("name", sourceColumn(schema).orElseThrow()).put("type", "string");
        for (FeatureSpec feature : schema.features()) {
            ObjectNode field = fields.addObject().put("name", feature.name());
            field.putArray("type").add("null").add(avroType(feature));
            field.putNull("default");
        }
        return new org.apache.avro.Schema.Parser().parse(record.toString());
    }

    private static String avroType(FeatureSpec feature) {
        switch (feature.kind()) {
            case NUMERIC:
                return "double";
            case BOOLEAN:
                return "boolean";
            default:
                return "string";
        }
    }
}
