package dev.propensity.persona;

import dev.propensity.schema.FeatureKind;
import java.util.List;

/**
 * One persona field as the encoding sees it: a standardised number (log of one plus the value first when it is
 * skewed, as money and head counts are) or one-hot levels.
 *
 * @param name   the schema feature
 * @param kind   its kind
 * @param survey whether it is a survey answer (decides the basis a persona is assigned on)
 * @param log    numeric: transformed by log(1 + x) before standardising
 * @param mean   numeric: mean of the transformed value on the clustered leads
 * @param std    numeric: its standard deviation (1 when constant)
 * @param levels categorical: the normalised levels that get a column, most frequent first
 * @param offset the field's first column in the encoded vector
 */
public record EncodedField(String name, FeatureKind kind, boolean survey, boolean log, double mean, double std,
                           List<String> levels, int offset) {
    public EncodedField {
        levels = List.copyOf(levels);
    }

    /** How many encoded columns the field has. */
    public int width() {
        return kind == FeatureKind.CATEGORICAL ? levels.size() : 1;
    }

    /** A value on the numeric scale the encoding standardises, from a raw value (NaN stays NaN). */
    double transform(double value) {
        return log ? StrictMath.log1p(Math.max(0, value)) : value;
    }
}
