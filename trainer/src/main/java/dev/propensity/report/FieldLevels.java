package dev.propensity.report;

import dev.propensity.data.Column;
import dev.propensity.schema.FeatureKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the level of one field for each row, so that leads can be grouped by it: the normalised category,
 * "yes"/"no" for yes/no fields, and for numbers one of five ranges of about equal counts over the given rows.
 * Missing values are "(missing)".
 */
public final class FieldLevels {
    private static final int NUMERIC_RANGES = 5;

    private final Column column;
    private final FeatureKind kind;
    private final QuantileCuts cuts;
    /** Each range's name, written once: formatting a number per row cost more than the model's fit. */
    private final String[] rangeNames;
    /** Each spelling's level, normalised once per spelling rather than once per row. */
    private final Map<String, String> categories = new HashMap<>();

    private FieldLevels(Column column, FeatureKind kind, QuantileCuts cuts) {
        this.column = column;
        this.kind = kind;
        this.cuts = cuts;
        this.rangeNames = new String[cuts == null ? 0 : cuts.ranges()];
        for (int range = 0; range < rangeNames.length; range++) {
            rangeNames[range] = cuts.label(range);
        }
    }

    /** Levels of {@code column}, numeric ranges cut over {@code rows}. */
    public static FieldLevels of(Column column, FeatureKind kind, int[] rows) {
        QuantileCuts cuts = null;
        if (kind == FeatureKind.NUMERIC && column instanceof Column.Numbers numbers) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = numbers.values()[rows[i]];
            }
            cuts = QuantileCuts.of(values, NUMERIC_RANGES);
        }
        return new FieldLevels(column, kind, cuts);
    }

    /** The level of row {@code row} of the table. */
    public String level(int row) {
        if (column instanceof Column.Text text) {
            String value = text.values()[row];
            return value == null ? Psi.MISSING : categories.computeIfAbsent(value, Psi::level);
        }
        double value = ((Column.Numbers) column).values()[row];
        if (Double.isNaN(value)) {
            return Psi.MISSING;
        }
        if (kind == FeatureKind.BOOLEAN) {
            return value != 0 ? "yes" : "no";
        }
        return rangeNames[cuts.rangeOf(value)];
    }
}
