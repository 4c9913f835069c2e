package dev.propensity.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes rows to a local Parquet file whose columns an Avro record schema describes.
 *
 * <p>A row is a list of plain Java values aligned with the schema's fields: {@code String}, {@code Double},
 * {@code Long} (or {@code Integer}), {@code Boolean}, a {@code LocalDate} or ISO text for a {@code date} column,
 * and {@code null} for a missing value (the field must then be nullable). Pages are compressed in plain Java
 * ({@link #DEFAULT_CODEC} unless told otherwise), so the same rows always give the same bytes.
 */
public final class ParquetTableWriter implements AutoCloseable {
    /** ZSTD: the smallest files of the codecs we can write without native code. */
    public static final CompressionCodecName DEFAULT_CODEC = CompressionCodecName.ZSTD;

    // Smaller than parquet's 128 MB default: a row group is buffered in memory until it is flushed.
    private static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    private final Path file;
    private final Schema schema;
    private final List<Function<Object, Object>> converters;
    private final ParquetWriter<GenericRecord> writer;
    private long rows;
    private boolean closed;

    private ParquetTableWriter(Path file, Schema schema, ParquetWriter<GenericRecord> writer) {
        this.file = file;
        this.schema = schema;
        this.writer = writer;
        this.converters = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            converters.add(AvroFieldValue.forField(field));
        }
    }

    /** Creates (or replaces) a Parquet file compressed with {@link #DEFAULT_CODEC}. */
    public static ParquetTableWriter create(Path file, Schema schema) {
        return create(file, schema, DEFAULT_CODEC);
    }

    /**
     * Creates (or replaces) a Parquet file.
     *
     * @param codec UNCOMPRESSED, SNAPPY, ZSTD, GZIP or LZ4_RAW
     * @throws DataException when the schema is not a flat record or the file cannot be created
     */
    public static ParquetTableWriter create(Path file, Schema schema, CompressionCodecName codec) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new DataException("the Avro schema for " + file + " must be a record, not " + schema.getType());
        }
        try {
            ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                    .withSchema(schema)
                    // An explicit data model keeps parquet-avro from instantiating one through Hadoop's reflection.
                    .withDataModel(GenericData.get())
                    .withConf(ParquetFiles.configuration())
                    .withCodecFactory(new PureJavaCodecs())
                    .withCompressionCodec(codec)
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
            return new ParquetTableWriter(file, schema, writer);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException data) {
                throw data;
            }
            throw new DataException("cannot create Parquet file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one row.
     *
     * @throws DataException naming the column when a value does not fit its field
     */
    public void write(List<?> values) throws IOException {
        if (values.size() != converters.size()) {
            throw new DataException("Parquet file " + file + ", row " + (rows + 1) + ": " + values.size()
                    + " values for " + converters.size() + " columns");
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (int i = 0; i < converters.size(); i++) {
            try {
                record.put(i, converters.get(i).apply(values.get(i)));
            } catch (RuntimeException e) {
                throw new DataException("Parquet file " + file + ", row " + (rows + 1) + ", column '"
                        + schema.getFields().get(i).name() + "': " + e.getMessage(), e);
            }
        }
        writer.write(record);
        rows++;
    }

    /** How many rows have been written so far. */
    public long rowsWritten() {
        return rows;
    }

    /** Writes the footer; the file is not readable before this. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        CanonicalFooter.rewrite(file);
    }
}
