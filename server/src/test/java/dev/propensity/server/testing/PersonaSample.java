package dev.propensity.server.testing;

import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The synthetic CRM with hidden personas (4,000 leads, seed 5) in {@code folder/data}, and the repository's
 * persona schema pointed at it with k up to 6 (fewer candidate k, quicker tests), as the persona tests train on.
 */
public final class PersonaSample {
    private PersonaSample() {
    }

    /** @return the schema file written into {@code folder} */
    public static Path write(Path folder) throws IOException {
        return write(folder, UnaryOperator.identity());
    }

    /** @param edit a further change to the schema's text (another exploration share, say) */
    public static Path write(Path folder, UnaryOperator<String> edit) throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        new SyntheticCrm(new GeneratorSettings(4000, 5, false)).generate(data, n -> {
        });
        Path schemaFile = folder.resolve("schema.json");
        Files.writeString(schemaFile, edit.apply(Files.readString(Path.of("..", "datasets", "synthetic-personas.schema.json"))
                .replace("sample/", data + "/").replace("\"k_max\": 8", "\"k_max\": 6")));
        return schemaFile;
    }
}
