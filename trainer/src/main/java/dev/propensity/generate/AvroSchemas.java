package dev.propensity.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * The Avro schemas of the two exported tables, read from the class path ({@code /avro/*.avsc}).
 *
 * <p>The class-path copies are the source of truth because the generator must find them inside the jar;
 * {@code datasets/schema/} holds copies for people reading the data, and a test keeps them identical.
 */
public final class AvroSchemas {
    /** Class-path location of the opportunities schema. */
    public static final String OPPORTUNITIES = "/avro/opportunities.avsc";
    /** Class-path location of the surveys schema. */
    public static final String SURVEYS = "/avro/surveys.avsc";

    private AvroSchemas() {
    }

    /** The schema of {@code opportunities.parquet}. */
    public static Schema opportunities() {
        return load(OPPORTUNITIES);
    }

    /** The schema of {@code surveys.parquet}. */
    public static Schema surveys() {
        return load(SURVEYS);
    }

    private static Schema load(String resource) {
        try (InputStream in = AvroSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Avro schema " + resource + " is missing from the class path");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Avro schema " + resource, e);
        }
    }
}
