package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.ParquetColumnNames;
import dev.propensity.schema.ExcludedColumn;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.LabelSpec;
import dev.propensity.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Derives the snapshot's layout from the champion's schema, for a snapshot written to {@code file}. */
    public static SnapshotLayout derive(Schema champion, Path file) {
        Set<String> taken = new HashSet<>(champion.featureNames());
        taken.add(champion.label().column());
        champion.excluded().forEach(e -> taken.add(e.name()));
        champion.timestamp().ifPresent(taken::add);
        String id = champion.id() != null ? champion.id() : fresh("lead_id", taken);
        taken.add(id);
        String timestamp = champion.timestamp().orElseGet(() -> fresh("closed_at", taken));
        taken.add(timestamp);
        // The champion's other exclusions name columns the snapshot does not have (it holds features only), and
        // the loader refuses an exclusion of a column that is not there.
        List<ExcludedColumn> excluded = new ArrayList<>(champion.excluded().stream()
                .filter(e -> SOURCE_REASON.equals(e.reason())).toList());
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
        List<String> columns = new ArrayList<>(List.of(schema.id(), schema.label().column(),
                schema.timestamp().orElseThrow(), sourceColumn(schema).orElseThrow()));
        schema.features().forEach(f -> columns.add(f.name()));
        // Exports name columns "Lead Source": such a column gets a safe field name and keeps its real one.
        Map<String, String> fieldNames = ParquetColumnNames.fieldNames(columns);
        ObjectNode record = MAPPER.createObjectNode().put("type", "record").put("name", "retrain_snapshot")
                .put("namespace", "dev.propensity.retrain");
        ArrayNode fields = record.putArray("fields");
        field(fields, schema.id(), fieldNames).put("type", "string");
        field(fields, schema.label().column(), fieldNames).put("type", "string");
        ObjectNode time = field(fields, schema.timestamp().orElseThrow(), fieldNames);
        time.putArray("type").add("null").addObject().put("type", "long").put("logicalType", "timestamp-millis");
        time.putNull("default");
        field(fields, sourceColumn(schema).orElseThrow(), fieldNames).put("type", "string");
        for (FeatureSpec feature : schema.features()) {
            ObjectNode field = field(fields, feature.name(), fieldNames);
            field.putArray("type").add("null").add(avroType(feature));
            field.putNull("default");
        }
        return new org.apache.avro.Schema.Parser().parse(record.toString());
    }

    private static ObjectNode field(ArrayNode fields, String column, Map<String, String> fieldNames) {
        String name = fieldNames.get(column);
        ObjectNode field = fields.addObject().put("name", name);
        if (!name.equals(column)) {
            field.put(ParquetColumnNames.ORIGINAL, column);
        }
        return field;
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
