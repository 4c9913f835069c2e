package dev.propensity.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowCountEstimateTest {
    @TempDir
    Path dir;

    @Test
    void guessesTheRowsFromTheFileSizeAndTheFirstRowsWithRoomToSpare() {
        // Rows of 9 characters in three values: 12 bytes each with separators and line end.
        RowCountEstimate estimate = new RowCountEstimate(12L * 50_000);
        String[] row = {"abc", "def", "ghi"};
        for (int i = 1; i < RowCountEstimate.SAMPLE_ROWS; i++) {
            assertFalse(estimate.sample(row));
        }
        assertTrue(estimate.sample(row));
        assertEquals(52_500, estimate.rows());
        assertTrue(estimate.sample(new String[] {"a much longer row than the others", "", null}), "still complete");
        assertEquals(52_500, estimate.rows(), "rows after the sample do not move the guess");
    }

    @Test
    void neverGuessesFewerRowsThanItMeasured() {
        RowCountEstimate estimate = new RowCountEstimate(10);
        for (int i = 0; i < RowCountEstimate.SAMPLE_ROWS; i++) {
            estimate.sample(new String[] {"0123456789"});
        }
        assertEquals(RowCountEstimate.SAMPLE_ROWS, estimate.rows());
    }

    @Test
    void growsByHalfWithinTheLargestArray() {
        assertEquals(1536, RowCountEstimate.grown(1024));
        assertEquals(16, RowCountEstimate.grown(0));
        assertEquals(RowCountEstimate.MOST, RowCountEstimate.grown(RowCountEstimate.MOST - 1));
    }

    /** The same leads whether the first rows make the guess far too low or far too high. */
    @Test
    void aWrongGuessLoadsTheSameTable() throws IOException {
        Path schema = TinyLeads.write(dir, 5_000, 3);
        LeadTable plain = new LeadTableLoader(SchemaReader.read(schema)).load();
        Path leads = dir.resolve("leads.csv");
        List<String> lines = Files.readAllLines(leads);
        // Trailing zeros lengthen a number without changing its value.
        String zeros = "0".repeat(200);
        writePadded(leads, lines, 1, RowCountEstimate.SAMPLE_ROWS + 1, zeros);
        assertSameTable(plain, new LeadTableLoader(SchemaReader.read(schema)).load(), "guess far too low");
        writePadded(leads, lines, RowCountEstimate.SAMPLE_ROWS + 1, lines.size(), zeros);
        assertSameTable(plain, new LeadTableLoader(SchemaReader.read(schema)).load(), "guess far too high");
    }

    /** Writes {@code lines} with the noise value of lines {@code from} to {@code to - 1} padded by {@code zeros}. */
    private static void writePadded(Path file, List<String> lines, int from, int to, String zeros) throws IOException {
        List<String> padded = new java.util.ArrayList<>(lines);
        for (int i = from; i < to; i++) {
            String[] fields = padded.get(i).split(",", -1);
            fields[4] = fields[4] + zeros;
            padded.set(i, String.join(",", fields));
        }
        Files.writeString(file, padded.stream().collect(Collectors.joining("\n", "", "\n")));
    }

    private static void assertSameTable(LeadTable expected, LeadTable actual, String what) {
        assertArrayEquals(expected.ids(), actual.ids(), what);
        assertArrayEquals(expected.won(), actual.won(), what);
        assertEquals(expected.columns().keySet(), actual.columns().keySet(), what);
        expected.columns().forEach((name, column) -> {
            Column other = actual.columns().get(name);
            assertEquals(column.size(), other.size(), what + ": " + name);
            for (int i = 0; i < column.size(); i++) {
                assertEquals(column.raw(i), other.raw(i), what + ": " + name + " row " + i);
            }
        });
    }
}
