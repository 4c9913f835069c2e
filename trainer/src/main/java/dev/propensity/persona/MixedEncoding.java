package dev.propensity.persona;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.CategoryNames;
import dev.propensity.features.LeadValues;
import dev.propensity.schema.ValueParser;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The encoding personas are clustered in, fit for mixed data: numerics and Likert answers standardised (so one
 * standard deviation counts 1), categories one-hot with a stated weight (a different category then counts
 * {@code 2·w²} in squared distance; 0.5 follows k-prototypes' habit of weighting categories by about half a
 * numeric standard deviation). Training and scoring both encode through {@link #encode}, so a lead means the same
 * thing in both.
 */
public final class MixedEncoding {
    /** A level needs this many leads to get a column of its own; rarer levels encode as no column at all. */
    private static final int MIN_LEVEL_COUNT = 10;

    private final List<EncodedField> fields;
    private final double categoricalWeight;
    private final int dimensions;
    private final ValueParser parser;
    private final List<Map<String, Integer>> levelIndex = new ArrayList<>();

    public MixedEncoding(List<EncodedField> fields, double categoricalWeight, CsvFormat format) {
        this.fields = List.copyOf(fields);
        this.categoricalWeight = categoricalWeight;
        this.parser = new ValueParser(format);
        int width = 0;
        for (EncodedField f : this.fields) {
            width += f.width();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < f.levels().size(); i++) {
                index.put(f.levels().get(i), i);
            }
            levelIndex.add(index);
        }
        this.dimensions = width;
    }

    /** Fits the encoding on the given rows of a table. */
    public static MixedEncoding fit(LeadTable table, List<String> names, double categoricalWeight, int[] rows) {
        Schema schema = table.schema();
        ValueParser parser = new ValueParser(schema.format());
        List<EncodedField> fields = new ArrayList<>();
        int offset = 0;
        for (String name : names) {
            FeatureSpec spec = schema.feature(name).orElseThrow(() ->
                    new PersonaException("persona field '" + name + "' is not a feature of the schema"));
            Column column = table.column(name);
            boolean survey = spec.group() == FeatureGroup.SURVEY;
            EncodedField field;
            if (spec.kind() == FeatureKind.CATEGORICAL) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (int r : rows) {
                    String text = parser.text(column.raw(r));
                    if (text != null) {
                        counts.merge(CategoryNames.normalise(text), 1, Integer::sum);
                    }
                }
                List<String> levels = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_LEVEL_COUNT)
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
                field = new EncodedField(name, spec.kind(), survey, false, 0, 1, levels, offset);
            } else {
                field = numericField(name, spec.kind(), survey, column, rows, parser, offset);
            }
            fields.add(field);
            offset += field.width();
        }
        return new MixedEncoding(fields, categoricalWeight, schema.format());
    }

    private static EncodedField numericField(String name, FeatureKind kind, boolean survey, Column column, int[] rows,
                                             ValueParser parser, int offset) {
        double[] values = new double[rows.length];
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int r : rows) {
            double v = number(parser, kind, column.raw(r));
            if (!Double.isNaN(v)) {
                values[n++] = v;
                min = Math.min(min, v);
            }
        }
        boolean log = kind == FeatureKind.NUMERIC && n > 2 && min >= 0 && skewness(values, n) > 2;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double t = log ? StrictMath.log1p(values[i]) : values[i];
            sum += t;
            squares += t * t;
        }
        double mean = n == 0 ? 0 : sum / n;
        double variance = n < 2 ? 0 : (squares - n * mean * mean) / (n - 1);
        double std = variance > 1e-12 ? Math.sqrt(variance) : 1;
        return new EncodedField(name, kind, survey, log, mean, std, List.of(), offset);
    }

    private static double skewness(double[] values, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += values[i] / n;
        }
        double m2 = 0;
        double m3 = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            m2 += d * d / n;
            m3 += d * d * d / n;
        }
        return m2 <= 0 ? 0 : m3 / Math.pow(m2, 1.5);
    }

    private static double number(ValueParser parser, FeatureKind kind, Object raw) {
        try {
            return kind == FeatureKind.BOOLEAN ? parser.bool(raw) : parser.number(raw);
        } catch (IllegalArgumentException e) {
            // A value of the wrong type says nothing about the persona: treated as not given.
            return Double.NaN;
        }
    }

    /**
     * Encodes a lead. Columns of a field that is missing are left at 0 and the field is marked absent.
     *
     * @param out     receives the encoded vector ({@link #dimensions()} long, overwritten)
     * @param present receives, per field, whether the lead has it
     * @return how many fields the lead has
     */
    public int encode(LeadValues lead, double[] out, boolean[] present) {
        java.util.Arrays.fill(out, 0);
        int known = 0;
        for (int f = 0; f < fields.size(); f++) {
            EncodedField field = fields.get(f);
            Object raw = lead.get(field.name());
            present[f] = false;
            if (field.kind() == FeatureKind.CATEGORICAL) {
                String text = parser.text(raw);
                if (text != null) {
                    present[f] = true;
                    Integer level = levelIndex.get(f).get(CategoryNames.normalise(text));
                    if (level != null) {
                        out[field.offset() + level] = categoricalWeight;
                    }
                }
            } else {
                double v = number(parser, field.kind(), raw);
                if (!Double.isNaN(v)) {
                    present[f] = true;
                    out[field.offset()] = (field.transform(v) - field.mean()) / field.std();
                }
            }
            known += present[f] ? 1 : 0;
        }
        return known;
    }

    /** Row {@code r} of a table as a lead. */
    public static LeadValues row(LeadTable table, int r) {
        return field -> {
            Column c = table.columns().get(field);
            return c == null ? null : c.raw(r);
        };
    }

    public List<EncodedField> fields() {
        return fields;
    }

    public double categoricalWeight() {
        return categoricalWeight;
    }

    public int dimensions() {
        return dimensions;
    }
}
