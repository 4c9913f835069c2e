package dev.propensity.features;

import java.util.function.Consumer;

/**
 * "Did this lead answer the survey at all?" as an input of its own: not answering says something about a buyer,
 * so it is information, not merely missing data. Its raw value is computed by the pipeline from the survey fields.
 */
public record SurveyAnsweredEncoder(String field) implements FieldEncoder {
    public static final String FIELD = "survey_answered";

    @Override
    public String[] inputNames() {
        return new String[] {field};
    }

    @Override
    public void encode(Object raw, double[] out, int offset, Consumer<String> warn) {
        out[offset] = raw instanceof Number n ? n.doubleValue() : 0;
    }
}
