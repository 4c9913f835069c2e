package dev.propensity.server.testing;

import dev.propensity.data.CsvRowSource;
import dev.propensity.schema.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file's rows as maps of column to value, blank values left out: for tests that read generated data. */
public final class CsvRows {
    private CsvRows() {
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRowSource source = new CsvRowSource(file, CsvFormat.DEFAULT)) {
            List<String> header = source.header();
            for (String[] values; (values = source.next()) != null; ) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (values[i] != null && !values[i].isEmpty()) {
                        row.put(header.get(i), values[i]);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
