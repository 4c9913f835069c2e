package dev.propensity.data;

import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.ValueParser;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Grows one typed column while a file streams by, counting values it could not parse so that loading can
 * tolerate a little mess and refuse a column of the wrong type.
 */
final class ColumnBuilder {
    private final FeatureSpec spec;
    private final ValueParser parser;
    private final Map<String, String> interned = new HashMap<>();
    private String[] texts;
    private double[] numbers;
    private int size;
    private long present;
    private long unparseable;
    private String firstBadValue;
    private String firstBadPosition;

    ColumnBuilder(FeatureSpec spec, ValueParser parser) {
        this.spec = spec;
        this.parser = parser;
        if (spec.kind() == FeatureKind.CATEGORICAL) {
            texts = new String[1024];
        } else {
            numbers = new double[1024];
        }
    }

    void add(String raw, String position) {
        if (spec.kind() == FeatureKind.CATEGORICAL) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, RowCountEstimate.grown(size));
            }
            String text = parser.text(raw);
            texts[size++] = text == null ? null : interned.computeIfAbsent(text, t -> t);
            return;
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, RowCountEstimate.grown(size));
        }
        double value = Double.NaN;
        if (!parser.isMissing(raw)) {
            present++;
            try {
                value = spec.kind() == FeatureKind.BOOLEAN ? parser.bool(raw) : parser.number(raw);
            } catch (IllegalArgumentException e) {
                unparseable++;
                if (firstBadValue == null) {
                    firstBadValue = raw;
                    firstBadPosition = position;
                }
            }
        }
        numbers[size++] = value;
    }

    /** Makes room for {@code rows} values in all (the loader's guess of the file's rows), if there is less. */
    void reserve(int rows) {
        if (texts != null && rows > texts.length) {
            texts = Arrays.copyOf(texts, rows);
        } else if (numbers != null && rows > numbers.length) {
            numbers = Arrays.copyOf(numbers, rows);
        }
    }

    /** Share of present values that could not be read as the declared kind. */
    double badShare() {
        return present == 0 ? 0 : (double) unparseable / present;
    }

    long unparseable() {
        return unparseable;
    }

    String describeBadValues() {
        return "column '" + spec.name() + "' is declared " + spec.kind().jsonName() + " but '" + firstBadValue + "' at "
                + firstBadPosition + " is not " + (spec.kind() == FeatureKind.BOOLEAN ? "a yes/no value" : "a number")
                + (unparseable > 1 ? " (" + (unparseable - 1) + " more such values)" : "");
    }

    Column build() {
        // Room left over (a guess too high, or the last growth) is trimmed; an exact fit is kept as it is.
        return spec.kind() == FeatureKind.CATEGORICAL
                ? new Column.Text(size == texts.length ? texts : Arrays.copyOf(texts, size))
                : new Column.Numbers(size == numbers.length ? numbers : Arrays.copyOf(numbers, size));
    }
}
