package dev.propensity.evaluate;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Rows of a table grouped by content (the label and every feature column's value; the id and the timestamp
 * left out): each row's class is the first row with the same content. Rows are hashed from the primitive
 * columns and compared exactly only when their hashes meet, so a million rows cost no boxed value or list.
 */
final class RowContents {
    private final int[] classOf;
    private final int distinct;

    private RowContents(int[] classOf, int distinct) {
        this.classOf = classOf;
        this.distinct = distinct;
    }

    static RowContents of(LeadTable table) {
        int n = table.size();
        Column[] columns = table.columns().values().toArray(Column[]::new);
        byte[] won = table.won();
        long[] hash = new long[n];
        for (int row = 0; row < n; row++) {
            hash[row] = won[row];
        }
        for (Column column : columns) {
            if (column instanceof Column.Numbers numbers) {
                double[] values = numbers.values();
                for (int row = 0; row < n; row++) {
                    hash[row] = mix(hash[row], Double.doubleToLongBits(values[row]));
                }
            } else {
                String[] values = ((Column.Text) column).values();
                for (int row = 0; row < n; row++) {
                    hash[row] = mix(hash[row], values[row] == null ? 0x9E3779B97F4A7C15L : values[row].hashCode());
                }
            }
        }
        // Open addressing: each slot holds the first row of one content class.
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int[] classOf = new int[n];
        int distinct = 0;
        for (int row = 0; row < n; row++) {
            int slot = (int) (hash[row] ^ (hash[row] >>> 32)) & (capacity - 1);
            while (true) {
                int first = slots[slot];
                if (first < 0) {
                    slots[slot] = row;
                    classOf[row] = row;
                    distinct++;
                    break;
                }
                if (hash[first] == hash[row] && sameContent(columns, won, first, row)) {
                    classOf[row] = first;
                    break;
                }
                slot = (slot + 1) & (capacity - 1);
            }
        }
        return new RowContents(classOf, distinct);
    }

    /** The first row whose content equals row {@code row}'s (itself when none comes before it). */
    int classOf(int row) {
        return classOf[row];
    }

    /** How many different contents there are. */
    int distinct() {
        return distinct;
    }

    /** Equal as the rows' raw values are equal: text by {@code equals}, numbers as {@code Double.equals} has it. */
    private static boolean sameContent(Column[] columns, byte[] won, int a, int b) {
        if (won[a] != won[b]) {
            return false;
        }
        for (Column column : columns) {
            if (column instanceof Column.Numbers numbers) {
                if (Double.doubleToLongBits(numbers.values()[a]) != Double.doubleToLongBits(numbers.values()[b])) {
                    return false;
                }
            } else if (!Objects.equals(((Column.Text) column).values()[a], ((Column.Text) column).values()[b])) {
                return false;
            }
        }
        return true;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        return x * 0x94D049BB133111EBL + v;
    }
}
