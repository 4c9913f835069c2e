package dev.propensity.data;

import dev.propensity.schema.CsvFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.data.columnar.ColumnarIterator;
import org.tribuo.data.csv.CSVIterator;

/**
 * Reads a CSV export through Tribuo's {@link CSVIterator}, which handles quoting and the header row.
 * A trailing separator on every line (an empty last column, as some CRM exports have) is tolerated.
 */
public final class CsvRowSource implements RowSource {
    private final Path file;
    private final CSVIterator iterator;
    private final List<String> header;
    private long row;

    public CsvRowSource(Path file, CsvFormat format) throws IOException {
        this.file = file;
        if (!Files.isRegularFile(file)) {
            throw new DataException("data file " + file + " does not exist");
        }
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            this.iterator = new CSVIterator(reader, format.separator(), format.quote());
        } catch (RuntimeException e) {
            reader.close();
            throw new DataException("cannot read the header of " + file + ": " + e.getMessage(), e);
        }
        List<String> fields = new ArrayList<>();
        for (String field : iterator.getFields()) {
            fields.add(field.strip());
        }
        this.header = List.copyOf(fields);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            ColumnarIterator.Row next = iterator.next();
            row++;
            Map<String, String> data = next.getRowData();
            List<String> fields = next.getFields();
            String[] values = new String[header.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = data.get(fields.get(i));
            }
            return values;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataException(file + " " + position() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String position() {
        return "data row " + (row + 1);
    }

    @Override
    public void close() throws IOException {
        iterator.close();
    }
}
