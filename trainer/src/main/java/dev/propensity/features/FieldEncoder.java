package dev.propensity.features;

import java.util.function.Consumer;

/**
 * Turns one raw field of a lead into a fixed block of model inputs. The same encoder, fitted once on training
 * data, encodes leads at training time and at scoring time.
 */
public sealed interface FieldEncoder permits CategoricalEncoder, NumericEncoder, BooleanEncoder, SurveyAnsweredEncoder {
    /** The raw field this encoder reads. */
    String field();

    /** Names of the inputs this field produces, such as {@code industry=software} or {@code employees@b3}. */
    String[] inputNames();

    /**
     * Writes this field's inputs for one raw value into {@code out[offset .. offset + inputNames().length)},
     * which the caller has zeroed.
     *
     * @param raw    a String, Number, Boolean or null (missing)
     * @param warn   receives a readable note when the value is missing, unseen or unreadable
     */
    void encode(Object raw, double[] out, int offset, Consumer<String> warn);
}
