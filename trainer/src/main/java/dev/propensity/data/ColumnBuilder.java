package dev.propensity.data;

import dev.propensity.schema.ValueParser;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
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
                texts = Arrays.copyOf(texts, size * 2);
            }
            String text = parser.text(raw);
            texts[size++] = text == null ? null : interned.computeIfAbsent(text, t -> t);
            return;
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
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
        return spec.kind() == FeatureKind.CATEGORICAL
                ? new Column.Text(Arrays.copyOf(texts, size))
                : new Column.Numbers(Arrays.copyOf(numbers, size));
    }
}
