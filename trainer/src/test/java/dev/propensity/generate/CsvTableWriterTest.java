package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {
    @TempDir
    Path folder;

    @Test
    void quotesOnlyWhatNeedsItAndWritesNumbersPlainly() throws IOException {
        Path file = folder.resolve("t.csv");
        try (CsvTableWriter writer = new CsvTableWriter(file, List.of("a", "b", "c", "d", "e", "f"))) {
            writer.writeRow(Arrays.asList(" software", "x,y", "say \"hi\"", 1.5E8, null, LocalDate.of(2025, 1, 2)));
            writer.writeRow(Arrays.asList("Software", true, 12L, 1234.5, "", "<3 months"));
        }
        assertEquals("a,b,c,d,e,f\n\" software\",\"x,y\",\"say \"\"hi\"\"\",150000000,,2025-01-02\n"
                + "Software,true,12,1234.5,,<3 months\n", Files.readString(file));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws IOException {
        try (CsvTableWriter writer = new CsvTableWriter(folder.resolve("w.csv"), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeRow(List.of("only one")));
        }
    }
}
