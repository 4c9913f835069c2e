package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample is a golden file: when the generator changes, this fails until the sample is regenerated
 * with {@code generate --leads 5000 --seed 42 --out datasets/sample}, so that no change goes unnoticed.
 */
class CommittedSampleTest {
    private static final Path SAMPLE = Path.of("..", "datasets", "sample");

    @TempDir
    Path folder;

    @Test
    void theCommittedSampleIsWhatTheGeneratorWritesToday() throws IOException {
        new SyntheticCrm(new GeneratorSettings(5000, 42, false)).generate(folder, n -> {
        });
        for (String file : List.of("opportunities.csv", "opportunities.parquet", "surveys.csv", "surveys.parquet",
                "ground_truth.csv")) {
            assertArrayEquals(Files.readAllBytes(SAMPLE.resolve(file)), Files.readAllBytes(folder.resolve(file)),
                    "datasets/sample/" + file + " is stale: regenerate it with"
                            + " generate --leads 5000 --seed 42 --out datasets/sample");
        }
    }
}
