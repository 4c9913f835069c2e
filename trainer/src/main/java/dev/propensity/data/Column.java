package dev.propensity.data;

/** One feature column of a loaded table: text for categories, numbers (NaN = missing) for numerics and booleans. */
public sealed interface Column permits Column.Text, Column.Numbers {
    int size();

    /** The raw value of row {@code i} as scoring would receive it: a String, a Double or null. */
    Object raw(int i);

    /** Category values as read (not yet normalised); null = missing. */
    record Text(String[] values) implements Column {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Object raw(int i) {
            return values[i];
        }
    }

    /** Parsed numbers; {@link Double#NaN} = missing. Booleans are 1 and 0. */
    record Numbers(double[] values) implements Column {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Object raw(int i) {
            return Double.isNaN(values[i]) ? null : values[i];
        }
    }
}
