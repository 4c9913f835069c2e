package dev.propensity.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file the way CRM exports look: a header, comma-separated, double quotes where needed, an empty
 * field for a missing value, UTF-8, {@code \n} line ends (so files are byte-identical on every system).
 */
final class CsvTableWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final int columns;

    CsvTableWriter(Path file, List<String> header) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.columns = header.size();
        writeRow(header);
    }

    void writeRow(List<?> values) throws IOException {
        if (values.size() != columns) {
            throw new IllegalArgumentException(values.size() + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write('\n');
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            // Plain digits: Double.toString would write large revenues as 1.5E8, which spreadsheets mangle.
            return BigDecimal.valueOf(d).toPlainString();
        }
        String text = value.toString();
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Quoting also protects leading and trailing spaces, which many readers would otherwise trim. */
    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
