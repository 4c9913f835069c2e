package dev.propensity.train;

import java.util.Arrays;

/**
 * Training rows as one block of primitive arrays (compressed sparse rows): row {@code r}'s non-zero inputs are
 * {@code column[start[r]] ... column[start[r + 1] - 1]} with their values, in ascending column order, and its class is
 * {@code target[r]}. Tribuo's SGD trainer keeps one {@code SparseVector} object per row instead; the arithmetic on the
 * rows is the same (see {@link PrimitiveSGDTrainer}), the memory is about half and there is no object per row to chase.
 */
final class SparseRows {
    private final int[] start;
    private final int[] column;
    private final double[] value;
    private final int[] target;
    private final double[] weight;
    private final int columns;

    /**
     * @param start   row {@code r}'s entries begin at {@code start[r]}; one more element than there are rows
     * @param columns how many columns there are: every entry's column is below it
     */
    SparseRows(int[] start, int[] column, double[] value, int[] target, double[] weight, int columns) {
        if (start.length != target.length + 1 || weight.length != target.length) {
            throw new IllegalArgumentException("start must have one element more than target and weight: "
                    + start.length + ", " + target.length + ", " + weight.length);
        }
        this.start = start;
        this.column = column;
        this.value = value;
        this.target = target;
        this.weight = weight;
        this.columns = columns;
    }

    int size() {
        return target.length;
    }

    int columns() {
        return columns;
    }

    int start(int row) {
        return start[row];
    }

    int end(int row) {
        return start[row + 1];
    }

    int column(int entry) {
        return column[entry];
    }

    double value(int entry) {
        return value[entry];
    }

    int target(int row) {
        return target[row];
    }

    double weight(int row) {
        return weight[row];
    }

    /** Rows added one at a time, each as its non-zero entries; the arrays grow as they fill. */
    static final class Builder {
        private int[] start;
        private int[] column;
        private double[] value;
        private int[] target;
        private double[] weight;
        private int rows;
        private int entries;

        /** @param expectedEntries a guess at the total number of entries, to size the arrays once */
        Builder(int rowCount, long expectedEntries) {
            start = new int[rowCount + 1];
            target = new int[rowCount];
            weight = new double[rowCount];
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expectedEntries));
            column = new int[capacity];
            value = new double[capacity];
        }

        /** Adds a row of weight 1 (see {@link #add(int[], double[], int, int, double)}). */
        void add(int[] columns, double[] values, int n, int rowTarget) {
            add(columns, values, n, rowTarget, 1.0);
        }

        /** Adds a row of {@code n} entries: {@code columns[0..n)} ascending, with their values. */
        void add(int[] columns, double[] values, int n, int rowTarget, double rowWeight) {
            if (rows == target.length) {
                throw new IllegalStateException("more rows than the " + target.length + " announced");
            }
            ensure(entries + n);
            System.arraycopy(columns, 0, column, entries, n);
            System.arraycopy(values, 0, value, entries, n);
            entries += n;
            weight[rows] = rowWeight;
            target[rows++] = rowTarget;
            start[rows] = entries;
        }

        /**
         * Grows the arrays to what the rows so far project for all rows, with a tenth to spare: after the first
         * growth the arrays are about the right size, so a million rows are not copied again and again.
         */
        private void ensure(int needed) {
            if (needed > column.length) {
                long projected = (long) (needed * ((double) target.length / (rows + 1)) * 1.1) + 16;
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(projected, column.length + (column.length >> 2)));
                column = Arrays.copyOf(column, Math.max(needed, grown));
                value = Arrays.copyOf(value, Math.max(needed, grown));
            }
        }

        /**
         * Rewrites every entry's column through {@code renumberColumn} and every row's target through
         * {@code renumberTarget} (an old number to its new one) and returns the rows over
         * {@code columns} columns. The caller keeps each row's new columns ascending.
         */
        SparseRows build(int[] renumberColumn, int columns, int[] renumberTarget) {
            if (rows != target.length) {
                throw new IllegalStateException(rows + " rows added of the " + target.length + " announced");
            }
            for (int k = 0; k < entries; k++) {
                column[k] = renumberColumn[column[k]];
            }
            for (int r = 0; r < rows; r++) {
                target[r] = renumberTarget[target[r]];
            }
            return new SparseRows(start, column, value, target, weight, columns);
        }
    }
}
