package dev.propensity.data;

import dev.propensity.schema.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a data file by its extension: {@code .parquet} through parquet-avro, anything else as CSV. */
public final class RowSources {
    private RowSources() {
    }

    public static RowSource open(Path file, CsvFormat format) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return openParquet(file);
        }
        return new CsvRowSource(file, format);
    }

    private static RowSource openParquet(Path file) {
        return ParquetRowSource.open(file);
    }
}
