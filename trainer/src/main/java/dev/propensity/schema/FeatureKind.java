package dev.propensity.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a raw column is turned into model inputs. */
public enum FeatureKind {
    /** A label from a finite set: one-hot encoded after normalisation, rare levels grouped. */
    CATEGORICAL,
    /** A number: standardised (log-transformed first when skewed) and optionally quantile-binned. */
    NUMERIC,
    /** Yes/no, true/false, 1/0: a single 0/1 input. */
    BOOLEAN;

    /** Parses a kind as written in a schema file; the error lists the accepted spellings. */
    public static FeatureKind parse(String text, String column) {
        for (FeatureKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new SchemaException("column '" + column + "': unknown kind '" + text + "', expected one of "
                + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
