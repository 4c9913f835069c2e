package dev.propensity.data;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.propensity.schema.CsvFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV export through FastCSV (RFC 4180 quoting, a byte-order mark and blank lines skipped), handing each
 * record's fields over as they are: no map per row, which made Tribuo's {@code CSVIterator} the costliest part of
 * loading a large file. A trailing separator on every line (an empty last column, as some CRM exports have) is
 * tolerated; a row with another number of fields than the header is refused with its position.
 */
public final class CsvRowSource implements RowSource {
    private final Path file;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> header;
    private long row;

    public CsvRowSource(Path file, CsvFormat format) throws IOException {
        this.file = file;
        if (!Files.isRegularFile(file)) {
            throw new DataException("data file " + file + " does not exist");
        }
        this.reader = CsvReader.builder()
                .fieldSeparator(format.separator())
                .quoteCharacter(format.quote())
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8);
        this.records = reader.iterator();
        try {
            if (!records.hasNext()) {
                throw new DataException("cannot read the header of " + file + ": the file is empty");
            }
            List<String> fields = new ArrayList<>();
            for (String field : records.next().getFields()) {
                fields.add(field.strip());
            }
            this.header = List.copyOf(fields);
        } catch (CsvParseException | UncheckedIOException e) {
            reader.close();
            throw new DataException("cannot read the header of " + file + ": " + e.getMessage(), e);
        } catch (DataException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            row++;
            int count = record.getFieldCount();
            if (count != header.size()) {
                throw new DataException(file + " line " + record.getStartingLineNumber() + " has " + count
                        + " fields but the header has " + header.size());
            }
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = record.getField(i);
            }
            return values;
        } catch (CsvParseException | UncheckedIOException e) {
            throw new DataException(file + " " + position() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String position() {
        return "data row " + (row + 1);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
