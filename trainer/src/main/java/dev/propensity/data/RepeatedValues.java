package dev.propensity.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes rows held in memory share one string per distinct value of a column. Survey answers are held as read
 * until the main file is joined to them, and most of their columns repeat a handful of values ("3", "true",
 * "analytical"): on a million leads the 625,000 survey rows held some 9 million small strings, about 450 MB that
 * the garbage collector copied into the old generation while the main file was read, for a few dozen distinct
 * values. A column with more distinct values than {@link #MOST_KEPT} (an identifier, free text) is left as read
 * from then on: its table would cost more than it saves.
 */
final class RepeatedValues {
    static final int MOST_KEPT = 4096;

    private final Map<String, String>[] byColumn;
    private final boolean[] given;

    /**
     * @param columns how many columns the rows have
     * @param skip    a column whose values are known to be distinct (the join key), or -1
     */
    @SuppressWarnings("unchecked")
    RepeatedValues(int columns, int skip) {
        byColumn = new Map[columns];
        given = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            byColumn[c] = new HashMap<>();
        }
        if (skip >= 0) {
            given[skip] = true;
        }
    }

    /** Replaces each value of {@code row} by the first equal value seen in its column, in place. */
    String[] share(String[] row) {
        for (int c = 0; c < row.length && c < byColumn.length; c++) {
            String value = row[c];
            if (value == null || given[c]) {
                continue;
            }
            Map<String, String> seen = byColumn[c];
            String first = seen.putIfAbsent(value, value);
            if (first != null) {
                row[c] = first;
            } else if (seen.size() > MOST_KEPT) {
                given[c] = true;
                byColumn[c] = null;
            }
        }
        return row;
    }
}
