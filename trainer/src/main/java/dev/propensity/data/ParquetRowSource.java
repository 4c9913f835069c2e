package dev.propensity.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads a flat Parquet file row by row as text, through parquet-avro, from the local disk (no Hadoop file system).
 *
 * <p>Values become the text a CSV export would hold: numbers as {@code Long.toString}/{@code Double.toString},
 * booleans as {@code true}/{@code false}, dates and timestamps as ISO-8601, {@code null} for a missing value.
 * Nested columns (lists, maps, structs) and column names Avro does not allow (such as {@code created date})
 * are refused, with the column named, when the file is opened.
 */
public final class ParquetRowSource implements RowSource {
    /** Avro refuses other field names, and parquet-avro turns every column into an Avro field. */

    private final Path file;
    private final List<String> header;
    private final ParquetReader<GenericRecord> reader;
    private List<Function<Object, String>> converters;
    private long row;

    private ParquetRowSource(Path file, List<String> header, ParquetReader<GenericRecord> reader) {
        this.file = file;
        this.header = List.copyOf(header);
        this.reader = reader;
    }

    /**
     * Opens a Parquet file and reads its footer.
     *
     * @throws DataException when the file is missing, is not Parquet, or has nested columns
     */
    public static ParquetRowSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Parquet file " + file + " does not exist");
        }
        PlainParquetConfiguration conf = ParquetFiles.configuration();
        List<String> header = readHeader(file, conf);
        try {
            ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file), conf)
                    // An explicit data model keeps parquet-avro from instantiating one through Hadoop's reflection.
                    .withDataModel(GenericData.get())
                    .withCodecFactory(new PureJavaCodecs())
                    .build();
            return new ParquetRowSource(file, header, reader);
        } catch (IOException | RuntimeException e) {
            throw new DataException("cannot read Parquet file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readHeader(Path file, PlainParquetConfiguration conf) {
        ParquetReadOptions options = ParquetReadOptions.builder(conf).withCodecFactory(new PureJavaCodecs()).build();
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = footer.getFileMetaData().getSchema();
            String written = footer.getFileMetaData().getKeyValueMetaData().get("parquet.avro.schema");
            Map<String, String> real = ParquetColumnNames.realNames(
                    written == null ? null : new org.apache.avro.Schema.Parser().parse(written));
            List<String> names = new ArrayList<>();
            for (Type field : schema.getFields()) {
                if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
                    throw new DataException("Parquet file " + file + ": column '" + field.getName()
                            + "' is nested or repeated; only flat files can be read");
                }
                if (!ParquetColumnNames.isAvroName(field.getName())) {
                    throw new DataException("Parquet file " + file + ": column '" + field.getName()
                            + "' cannot be read through Avro, whose names allow only letters, digits and '_'"
                            + " and must not start with a digit; rename the column, e.g. to '" + field.getName().replaceAll("\\W", "_")
                            + "'");
                }
                names.add(real.getOrDefault(field.getName(), field.getName()));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException data) {
                throw data;
            }
            throw new DataException(file + " is not a readable Parquet file: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException {
        GenericRecord record;
        try {
            record = reader.read();
        } catch (RuntimeException e) {
            throw new DataException("Parquet file " + file + ", " + nextPosition() + ": " + e.getMessage(), e);
        }
        if (record == null) {
            return null;
        }
        row++;
        if (converters == null) {
            converters = convertersFor(record.getSchema());
        }
        String[] values = new String[header.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = converters.get(i).apply(record.get(i));
        }
        return values;
    }

    /** Built from the first record's schema, which parquet-avro derives once for the whole file. */
    private List<Function<Object, String>> convertersFor(Schema schema) {
        List<Schema.Field> fields = schema.getFields();
        if (fields.size() != header.size()) {
            throw new DataException("Parquet file " + file + ": the Avro view has " + fields.size()
                    + " columns but the footer lists " + header.size());
        }
        List<Function<Object, String>> list = new ArrayList<>(fields.size());
        for (Schema.Field field : fields) {
            list.add(AvroValueText.forField(field.name(), field.schema()));
        }
        return list;
    }

    private String nextPosition() {
        return "row " + (row + 1);
    }

    @Override
    public String position() {
        return "row " + row;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
