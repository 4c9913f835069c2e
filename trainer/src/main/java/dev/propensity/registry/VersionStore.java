package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the version folders of a registry. Only folders named {@code v<N>} count: the hidden
 * {@code .tmp-*} folders a crashed publish may leave are never listed.
 */
final class VersionStore {
    static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    VersionStore(Path root) {
        this.root = root;
    }

    /** Every published version, oldest first. */
    List<ModelVersion> list() {
        List<ModelVersion> versions = new ArrayList<>();
        for (int number : numbers()) {
            versions.add(read(number));
        }
        return versions;
    }

    /** The version with this number, if it was published. */
    Optional<ModelVersion> find(int number) {
        return Files.isDirectory(folderOf(number)) ? Optional.of(read(number)) : Optional.empty();
    }

    /** The version with this number, or an error of kind {@code UNKNOWN_VERSION} that says which ones exist. */
    ModelVersion get(int number) {
        return find(number).orElseThrow(() -> unknown(number));
    }

    /** The highest published number, 0 when there is none. */
    int highestNumber() {
        List<Integer> numbers = numbers();
        return numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
    }

    /** Deletes the folders of publishes that crashed; only safe under the registry lock. */
    void removeLeftovers() throws IOException {
        for (Path entry : entries()) {
            if (entry.getFileName().toString().startsWith(TEMP_PREFIX) && Files.isDirectory(entry)) {
                DurableFiles.deleteTree(entry);
            }
        }
    }

    Path folderOf(int number) {
        return root.resolve(VersionLabel.format(number));
    }

    private ModelVersion read(int number) {
        Path folder = folderOf(number);
        Path manifestFile = folder.resolve(ModelVersion.MANIFEST_FILE);
        try {
            JsonNode manifest = Manifests.MAPPER.readTree(Files.readString(manifestFile));
            if (!(manifest instanceof ObjectNode object) || object.path(Manifests.VERSION).asInt() != number) {
                throw new RegistryException(RegistryException.Kind.DAMAGED, VersionLabel.format(number) + ": "
                        + manifestFile + " is not the manifest of this version (no matching \"version\" field)");
            }
            checkCreatedAt(object, manifestFile, number);
            return new ModelVersion(number, folder, object);
        } catch (NoSuchFileException e) {
            throw new RegistryException(RegistryException.Kind.DAMAGED,
                    VersionLabel.format(number) + ": " + manifestFile + " is missing", e);
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.DAMAGED, VersionLabel.format(number)
                    + ": cannot read " + manifestFile + ": " + e.getMessage(), e);
        }
    }

    /** {@link ModelVersion#createdAt()} must not fail later on a manifest edited by hand. */
    private static void checkCreatedAt(ObjectNode manifest, Path manifestFile, int number) {
        try {
            Instant.parse(manifest.path(Manifests.CREATED_AT).asText());
        } catch (DateTimeParseException e) {
            throw new RegistryException(RegistryException.Kind.DAMAGED, VersionLabel.format(number) + ": "
                    + manifestFile + " has no ISO-8601 \"" + Manifests.CREATED_AT + "\" field", e);
        }
    }

    private RegistryException unknown(int number) {
        List<Integer> numbers = numbers();
        String have = numbers.isEmpty() ? "it has no versions yet"
                : "it has " + String.join(", ", numbers.stream().map(VersionLabel::format).toList());
        return new RegistryException(RegistryException.Kind.UNKNOWN_VERSION,
                "no model version " + VersionLabel.format(number) + " in " + root + " (" + have + ")");
    }

    private List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (Path entry : entries()) {
            int number = VersionLabel.ofFolderName(entry.getFileName().toString());
            if (number > 0 && Files.isDirectory(entry)) {
                numbers.add(number);
            }
        }
        numbers.sort(Comparator.naturalOrder());
        return numbers;
    }

    private List<Path> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.toList();
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot list the model registry " + root + ": " + e.getMessage(), e);
        }
    }
}
