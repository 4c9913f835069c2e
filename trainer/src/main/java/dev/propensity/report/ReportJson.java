package dev.propensity.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Reports as JSON, keys in snake_case like the manifest. A figure that cannot be computed (an AUC without
 * wins, a ratio over zero) is NaN or infinite in Java and is written as null, since JSON has no such numbers.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = mapper();

    private ReportJson() {
    }

    /** The report as indented JSON text. */
    public static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The report as a JSON tree, to read figures back in tests and pages. */
    public static JsonNode tree(Object report) {
        return MAPPER.valueToTree(report);
    }

    private static ObjectMapper mapper() {
        SimpleModule finiteOnly = new SimpleModule("finite-numbers");
        finiteOnly.addSerializer(Double.class, new FiniteDouble());
        finiteOnly.addSerializer(double.class, new FiniteDouble());
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(finiteOnly)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Writes NaN and infinities as null. */
    private static final class FiniteDouble extends StdSerializer<Double> {
        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                generator.writeNull();
            } else {
                generator.writeNumber(value);
            }
        }
    }
}
