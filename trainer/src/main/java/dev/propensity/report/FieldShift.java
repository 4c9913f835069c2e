package dev.propensity.report;

import dev.propensity.data.Column;
import dev.propensity.schema.ValueParser;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * How far one input (or the score) has drifted between the training data and recent traffic.
 *
 * @param field       the field, or "score"
 * @param description its readable name
 * @param psi         the population stability index and its bins
 * @param level       "stable", "moderate shift" or "major shift"
 */
public record FieldShift(String field, String description, Psi.Result psi, String level) {
    /** Numbers are compared in this many bins of the reference sample. */
    static final int BINS = 10;

    /** The shift of one schema field; live values are read as the scorer reads them, unreadable ones as missing. */
    public static FieldShift of(FeatureSpec spec, Column reference, int[] rows, List<LiveObservation> recent,
                                ValueParser parser) {
        Psi.Result psi;
        if (reference instanceof Column.Text text) {
            String[] ref = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ref[i] = text.values()[rows[i]];
            }
            List<String> cur = new ArrayList<>(recent.size());
            for (LiveObservation o : recent) {
                cur.add(safeText(parser, o.fields().get(spec.name())));
            }
            psi = Psi.categorical(ref, cur.toArray(String[]::new));
        } else {
            double[] ref = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ref[i] = ((Column.Numbers) reference).values()[rows[i]];
            }
            double[] cur = new double[recent.size()];
            for (int i = 0; i < cur.length; i++) {
                cur[i] = safeNumber(parser, spec.kind(), recent.get(i).fields().get(spec.name()));
            }
            psi = Psi.numeric(ref, cur, BINS);
        }
        return new FieldShift(spec.name(), spec.description(), psi, psi.level());
    }

    /** The shift of the served probabilities. */
    public static FieldShift ofScores(double[] reference, double[] recent) {
        Psi.Result psi = Psi.numeric(reference, recent, BINS);
        return new FieldShift("score", "the score", psi, psi.level());
    }

    private static String safeText(ValueParser parser, Object raw) {
        try {
            return parser.text(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double safeNumber(ValueParser parser, FeatureKind kind, Object raw) {
        try {
            return kind == FeatureKind.BOOLEAN ? parser.bool(raw) : parser.number(raw);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
