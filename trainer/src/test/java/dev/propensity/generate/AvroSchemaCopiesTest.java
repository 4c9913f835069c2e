package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The class-path schemas are the source of truth; the copies beside the data must not drift from them. */
class AvroSchemaCopiesTest {
    // Surefire runs in the module folder (trainer/), so the repository root is one level up.
    private static final Path DATASETS = Path.of("..", "datasets", "schema");

    @ParameterizedTest
    @ValueSource(strings = {"opportunities.avsc", "surveys.avsc"})
    void theCopyInDatasetsIsIdenticalToTheResource(String name) throws IOException {
        String resource;
        try (InputStream in = AvroSchemas.class.getResourceAsStream("/avro/" + name)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(resource, Files.readString(DATASETS.resolve(name), StandardCharsets.UTF_8),
                "datasets/schema/" + name + " differs from trainer/src/main/resources/avro/" + name
                        + "; copy the resource over it");
    }
}
