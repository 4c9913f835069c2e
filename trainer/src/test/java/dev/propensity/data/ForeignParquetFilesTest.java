package dev.propensity.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT96;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by other tools (here parquet's own example writer, with no Avro schema in the footer). */
class ForeignParquetFilesTest {
    @TempDir
    Path folder;

    private Path write(MessageType schema, Group row) throws IOException {
        Path file = folder.resolve(schema.getName() + ".parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withConf(new PlainParquetConfiguration()).build()) {
            writer.write(row);
        }
        return file;
    }

    @Test
    void sparkTimestampsAndUnannotatedTextAreReadAsText() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(INT96).named("created_at")
                .optional(BINARY).named("raw_text")
                .optional(INT32).as(LogicalTypeAnnotation.dateType()).named("day")
                .named("spark");
        // 2025-01-01T12:00:00Z as Spark writes it: nanoseconds of the day, then the Julian day (2,460,677).
        ByteBuffer int96 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(12L * 3600 * 1_000_000_000L).putInt(2_460_677);
        Group row = new SimpleGroupFactory(schema).newGroup();
        row.add("created_at", Binary.fromConstantByteArray(int96.array()));
        row.add("raw_text", Binary.fromString("Software"));
        row.add("day", 20089);
        try (ParquetRowSource source = ParquetRowSource.open(write(schema, row))) {
            assertEquals(List.of("created_at", "raw_text", "day"), source.header());
            assertArrayEquals(new String[] {"2025-01-01T12:00:00Z", "Software", "2025-01-01"}, source.next());
        }
    }

    @Test
    void aColumnNameAvroRefusesIsReportedWithASuggestion() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(BINARY).as(LogicalTypeAnnotation.stringType()).named("created date")
                .named("spaces");
        Path file = write(schema, new SimpleGroupFactory(schema).newGroup().append("created date", "2025-01-01"));
        DataException error = assertThrows(DataException.class, () -> ParquetRowSource.open(file));
        assertTrue(error.getMessage().contains("'created date'") && error.getMessage().contains("created_date"),
                error.getMessage());
    }

    @Test
    void aNestedColumnIsRefusedByName() throws IOException {
        MessageType schema = Types.buildMessage()
                .optionalGroup().optional(INT32).named("street_number").named("address")
                .named("nested");
        Group row = new SimpleGroupFactory(schema).newGroup();
        row.addGroup("address").append("street_number", 12);
        DataException error = assertThrows(DataException.class, () -> ParquetRowSource.open(write(schema, row)));
        assertTrue(error.getMessage().contains("'address'"), error.getMessage());
    }
}
