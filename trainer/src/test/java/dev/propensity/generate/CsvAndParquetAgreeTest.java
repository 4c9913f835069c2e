package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.propensity.data.ParquetRowSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndParquetAgreeTest {
    /** CSV writes money as plain digits (150000000), Parquet reads back as Double.toString (1.5E8): same number. */
    private static final Set<String> DECIMAL_COLUMNS = Set.of("amount", "annual_revenue");

    @TempDir
    Path folder;

    @Test
    void parquetFilesHoldTheSameValuesAsTheirCsvTwins() throws IOException {
        new SyntheticCrm(new GeneratorSettings(3000, 7, false)).generate(folder, n -> {
        });
        assertSame("opportunities");
        assertSame("surveys");
    }

    private void assertSame(String table) throws IOException {
        List<String[]> csv = CsvTestReader.read(folder.resolve(table + ".csv"));
        try (ParquetRowSource parquet = ParquetRowSource.open(folder.resolve(table + ".parquet"))) {
            List<String> header = List.of(csv.get(0));
            assertEquals(header, parquet.header());
            for (int r = 1; r < csv.size(); r++) {
                String[] fromParquet = parquet.next();
                String[] fromCsv = csv.get(r);
                for (int c = 0; c < header.size(); c++) {
                    String where = table + " " + parquet.position() + " column " + header.get(c);
                    if (DECIMAL_COLUMNS.contains(header.get(c)) && fromCsv[c] != null) {
                        assertEquals(Double.parseDouble(fromCsv[c]), Double.parseDouble(fromParquet[c]), where);
                    } else {
                        assertEquals(fromCsv[c], fromParquet[c], where);
                    }
                }
            }
            assertNull(parquet.next(), table + ".parquet has more rows than the CSV");
        }
    }
}
