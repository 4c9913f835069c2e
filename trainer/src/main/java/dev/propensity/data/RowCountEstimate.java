package dev.propensity.data;

/**
 * How many rows a text file holds, guessed from its size and the length of its first rows, so that the loader can
 * size its columns once instead of doubling them all the way up: on a million leads each doubling left the garbage
 * collector a copy of every column to move, and the last one up to twice the memory needed.
 *
 * <p>Only a guess: a file whose later rows are longer or shorter than its first ones, a Parquet file (compressed,
 * so its size says little), quoted fields or characters of more than one byte all move it. The loader stays
 * correct either way: past the guess its columns grow again, and whatever room is left over is trimmed at the end.
 */
final class RowCountEstimate {
    /** Rows measured before guessing. */
    static final int SAMPLE_ROWS = 1_000;
    /** Room beyond the guess, for later rows a little shorter than the first ones. */
    private static final double MARGIN = 1.05;
    /** Above this the arrays of the JVM cannot follow; growing stops at it too. */
    static final int MOST = Integer.MAX_VALUE - 16;

    private final long fileBytes;
    private long sampleChars;
    private int sampleRows;

    /** @param fileBytes the file's size in bytes, header included */
    RowCountEstimate(long fileBytes) {
        this.fileBytes = fileBytes;
    }

    /**
     * Measures one more row as text: its values' lengths plus one separator (or line end) per value.
     *
     * @return true once the sample is complete: {@link #rows()} is the guess from then on
     */
    boolean sample(String[] row) {
        if (sampleRows < SAMPLE_ROWS) {
            long chars = row.length;
            for (String value : row) {
                chars += value == null ? 0 : value.length();
            }
            sampleChars += chars;
            sampleRows++;
        }
        return sampleRows == SAMPLE_ROWS;
    }

    /** The guess, with a little room to spare, never fewer than the rows already measured. */
    int rows() {
        if (sampleRows == 0 || sampleChars == 0) {
            return sampleRows;
        }
        double perRow = (double) sampleChars / sampleRows;
        double guess = Math.ceil(fileBytes / perRow * MARGIN);
        return (int) Math.max(sampleRows, Math.min(MOST, guess));
    }

    /** The next capacity of an array of {@code size} that is full: half as large again, within {@link #MOST}. */
    static int grown(int size) {
        if (size >= MOST) {
            throw new DataException("more than " + MOST + " rows: too many to hold in memory");
        }
        return (int) Math.min(MOST, Math.max(16L, size + (long) (size >> 1)));
    }
}
