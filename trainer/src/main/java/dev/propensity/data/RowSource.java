package dev.propensity.data;

import java.io.IOException;
import java.util.List;

/**
 * A file read row by row as text, whatever its format: the one shape CSV and Parquet are both turned into,
 * so that everything after reading is shared.
 */
public interface RowSource extends AutoCloseable {
    /** The column names, in file order. */
    List<String> header();

    /**
     * The next row, its values aligned with {@link #header()}; {@code null} for an absent value.
     * Numbers are written as Java writes them ({@code Double.toString}), booleans as {@code true}/{@code false}.
     *
     * @return the row, or {@code null} at the end of the file
     */
    String[] next() throws IOException;

    /** A human-readable position for error messages, such as "line 12" or "row 12". */
    String position();

    @Override
    void close() throws IOException;
}
