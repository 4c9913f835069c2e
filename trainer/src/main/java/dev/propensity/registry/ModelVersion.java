package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published model version: its number, its folder and its manifest.
 *
 * @param number   the version number, 1, 2, 3…
 * @param folder   the version's folder, {@code <root>/v<number>}
 * @param manifest the parsed {@code manifest.json}; each call of {@link #manifest()} returns a fresh copy
 */
public record ModelVersion(int number, Path folder, ObjectNode manifest) {
    /** Name of the Tribuo model file in every version folder. */
    public static final String MODEL_FILE = "model.tribuo";
    /** Name of the manifest in every version folder. */
    public static final String MANIFEST_FILE = "manifest.json";

    public ModelVersion {
        Objects.requireNonNull(folder, "folder");
        // A version never changes once published, so neither may the value that describes it.
        manifest = Objects.requireNonNull(manifest, "manifest").deepCopy();
    }

    @Override
    public ObjectNode manifest() {
        return manifest.deepCopy();
    }

    /** The label people use, such as "v3". */
    public String label() {
        return VersionLabel.format(number);
    }

    /** When the registry published this version. */
    public Instant createdAt() {
        return Instant.parse(manifest.path(Manifests.CREATED_AT).asText());
    }

    /** The champion at the time this version was published, if there was one. */
    public OptionalInt parentVersion() {
        JsonNode parent = manifest.path(Manifests.PARENT_VERSION);
        return parent.isInt() ? OptionalInt.of(parent.asInt()) : OptionalInt.empty();
    }

    /**
     * A value of the manifest by JSON pointer, such as {@code "/metrics/test/roc_auc"}; empty when absent
     * or null.
     */
    public Optional<JsonNode> manifestValue(String jsonPointer) {
        JsonNode value = manifest.at(jsonPointer);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** A file of this version, such as "report.html"; the name must be a plain file name. */
    public Path file(String name) {
        return folder.resolve(FileNames.checkPlain(name));
    }
}
