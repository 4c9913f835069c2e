package dev.propensity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.registry.ModelVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one of a version's JSON files for a summary printed after a run. */
final class VersionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VersionJson() {
    }

    /**
     * @param what the summary's name, which starts the line printed when the file cannot be read
     * @return the file's JSON; empty when the version has no such file, or when it cannot be read (said on {@code out})
     */
    static Optional<JsonNode> read(PrintWriter out, ModelVersion version, String fileName, String what) {
        Path file = version.file(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            out.println(what + ": cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
