package dev.propensity.features;

import java.util.function.Consumer;

/** A yes/no field: one input that is 1 for yes, and a missing-value indicator. */
public record BooleanEncoder(String field) implements FieldEncoder {
    @Override
    public String[] inputNames() {
        return new String[] {field, field + "=" + CategoricalEncoder.MISSING};
    }

    @Override
    public void encode(Object raw, double[] out, int offset, Consumer<String> warn) {
        encode(raw instanceof Number n ? n.doubleValue() : Double.NaN, out, offset);
    }

    /** The same inputs for a value already typed: 1, 0, or {@link Double#NaN} when missing. */
    public void encode(double value, double[] out, int offset) {
        if (Double.isNaN(value)) {
            out[offset + 1] = 1;
        } else {
            out[offset] = value;
        }
    }
}
