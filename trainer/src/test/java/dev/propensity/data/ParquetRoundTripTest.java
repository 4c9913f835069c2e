package dev.propensity.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetRoundTripTest {
    private static final Schema LEADS = SchemaBuilder.record("lead").fields()
            .requiredString("lead_id")
            .optionalString("industry")
            .optionalDouble("amount")
            .optionalLong("employees")
            .optionalInt("need_score")
            .optionalBoolean("demo_attended")
            .name("created_date").type().optional().type(
                    org.apache.avro.LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT)))
            .endRecord();

    @TempDir
    Path folder;

    private static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("L1", "Software", 1234.5, 120L, 4, true, LocalDate.of(2025, 3, 9)));
        rows.add(Arrays.asList("L2", null, null, null, null, null, null));
        rows.add(Arrays.asList("L3", " software, \"quoted\"", 1.0E9, 7L, 1, false, "2026-06-30"));
        for (int i = 4; i <= 5000; i++) {
            rows.add(Arrays.asList("L" + i, i % 3 == 0 ? "Retail" : "Healthcare", i * 0.25, (long) i, i % 5 + 1,
                    i % 2 == 0, LocalDate.of(2024, 7, 1).plusDays(i % 700)));
        }
        return rows;
    }

    private Path write(String name, CompressionCodecName codec) throws IOException {
        Path file = folder.resolve(name);
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, LEADS, codec)) {
            for (List<Object> row : rows()) {
                writer.write(row);
            }
            assertEquals(5000, writer.rowsWritten());
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "ZSTD", "GZIP", "LZ4_RAW"})
    void everyValueComesBackAsTheTextACsvWouldHold(CompressionCodecName codec) throws IOException {
        Path file = write("leads-" + codec + ".parquet", codec);
        try (ParquetRowSource source = ParquetRowSource.open(file)) {
            assertEquals(List.of("lead_id", "industry", "amount", "employees", "need_score", "demo_attended",
                    "created_date"), source.header());
            assertArrayEquals(new String[] {"L1", "Software", "1234.5", "120", "4", "true", "2025-03-09"},
                    source.next());
            assertArrayEquals(new String[] {"L2", null, null, null, null, null, null}, source.next());
            assertArrayEquals(new String[] {"L3", " software, \"quoted\"", "1.0E9", "7", "1", "false", "2026-06-30"},
                    source.next());
            assertEquals("row 3", source.position());
            int count = 3;
            String[] last = null;
            for (String[] row = source.next(); row != null; row = source.next()) {
                last = row;
                count++;
            }
            assertEquals(5000, count);
            assertArrayEquals(new String[] {"L5000", "Healthcare", "1250.0", "5000", "1", "true", "2024-10-09"}, last);
            assertNull(source.next());
        }
    }

    @Test
    void compressionActuallyShrinksTheFile() throws IOException {
        long plain = Files.size(write("plain.parquet", CompressionCodecName.UNCOMPRESSED));
        long zstd = Files.size(write("zstd.parquet", ParquetTableWriter.DEFAULT_CODEC));
        assertTrue(zstd < plain * 0.8, "zstd " + zstd + " bytes vs uncompressed " + plain);
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(write("a.parquet", ParquetTableWriter.DEFAULT_CODEC));
        byte[] second = Files.readAllBytes(write("b.parquet", ParquetTableWriter.DEFAULT_CODEC));
        assertArrayEquals(first, second);
    }

    @Test
    void footerEncodingsAreInAFixedOrderSoFilesMatchAcrossJvmRuns() throws IOException {
        byte[] bytes = Files.readAllBytes(write("ordered.parquet", ParquetTableWriter.DEFAULT_CODEC));
        int footerLength = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        org.apache.parquet.format.FileMetaData footer = org.apache.parquet.format.Util.readFileMetaData(
                new java.io.ByteArrayInputStream(bytes, bytes.length - 8 - footerLength, footerLength));
        int checked = 0;
        for (var group : footer.getRow_groups()) {
            for (var chunk : group.getColumns()) {
                List<Integer> codes = chunk.getMeta_data().getEncodings().stream().map(e -> e.getValue()).toList();
                assertEquals(codes.stream().sorted().toList(), codes, chunk.getMeta_data().getPath_in_schema().toString());
                checked += codes.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(checked > 0, "no column had more than one encoding, so nothing was checked");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsColumnAndRow() throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(folder.resolve("bad.parquet"), LEADS)) {
            writer.write(Arrays.asList("L1", "Software", 1.0, 3L, 2, true, "2025-01-01"));
            DataException error = assertThrows(DataException.class,
                    () -> writer.write(Arrays.asList("L2", "Software", "lots", 3L, 2, true, "2025-01-01")));
            assertTrue(error.getMessage().contains("row 2"), error.getMessage());
            assertTrue(error.getMessage().contains("'amount'"), error.getMessage());
            DataException missingId = assertThrows(DataException.class,
                    () -> writer.write(Arrays.asList(null, "Software", 1.0, 3L, 2, true, "2025-01-01")));
            assertTrue(missingId.getMessage().contains("'lead_id'"), missingId.getMessage());
        }
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = folder.resolve("nowhere.parquet");
        DataException error = assertThrows(DataException.class, () -> ParquetRowSource.open(missing));
        assertTrue(error.getMessage().contains("nowhere.parquet"), error.getMessage());
    }

    @Test
    void aCsvFileIsNotMistakenForParquet() throws IOException {
        Path csv = Files.writeString(folder.resolve("leads.csv"), "lead_id,industry\nL1,Software\n");
        DataException error = assertThrows(DataException.class, () -> ParquetRowSource.open(csv));
        assertTrue(error.getMessage().contains("leads.csv"), error.getMessage());
    }

    @Test
    void theRoundTripNeedsNeitherHadoopsXmlStackNorJniCodecs() throws IOException {
        // These are the jars trainer/pom.xml leaves out; if one came back, this test says the note is stale.
        for (String absent : List.of("com.ctc.wstx.io.InputBootstrapper",
                "org.apache.hadoop.thirdparty.com.google.common.cache.CacheLoader",
                "org.xerial.snappy.Snappy", "com.github.luben.zstd.Zstd")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent + " is on the class path");
        }
        try (ParquetRowSource source = ParquetRowSource.open(write("lean.parquet", CompressionCodecName.SNAPPY))) {
            assertEquals("L1", source.next()[0]);
        }
    }
}
