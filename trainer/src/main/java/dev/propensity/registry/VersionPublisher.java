package dev.propensity.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.tribuo.Model;

/**
 * Writes a new version folder. Everything goes into a hidden {@code .tmp-…} folder first, is forced to disk
 * and made read-only, and only then is the folder renamed to {@code v<N>} in one step: a reader, or the
 * registry after a crash, sees a whole version or none.
 */
final class VersionPublisher {
    private final Path root;
    private final VersionStore store;
    private final CrashPoint crash;

    VersionPublisher(Path root, VersionStore store, CrashPoint crash) {
        this.root = root;
        this.store = store;
        this.crash = crash;
    }

    /**
     * Publishes under the registry lock, which the caller holds.
     *
     * @param number the new version's number
     * @param parent the champion now, recorded as the new version's parent
     */
    ModelVersion publish(int number, Instant createdAt, OptionalInt parent, Model<?> model, ObjectNode body,
                         Map<String, byte[]> extraFiles) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ModelVersion.MODEL_FILE, serialize(model));
        extraFiles.forEach((name, bytes) -> files.put(FileNames.checkExtra(name), bytes.clone()));
        ObjectNode manifest = Manifests.compose(number, createdAt, parent, body, files);

        Path temp = root.resolve(VersionStore.TEMP_PREFIX + VersionLabel.format(number) + "-" + UUID.randomUUID());
        Files.createDirectory(temp);
        crash.reached(CrashPoint.Step.PUBLISH_FOLDER_CREATED);
        DurableFiles.writeNew(temp.resolve(ModelVersion.MODEL_FILE), files.get(ModelVersion.MODEL_FILE));
        crash.reached(CrashPoint.Step.PUBLISH_MODEL_WRITTEN);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals(ModelVersion.MODEL_FILE)) {
                DurableFiles.writeNew(temp.resolve(file.getKey()), file.getValue());
            }
        }
        crash.reached(CrashPoint.Step.PUBLISH_EXTRAS_WRITTEN);
        byte[] manifestBytes = Manifests.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
                .concat("\n").getBytes(StandardCharsets.UTF_8);
        DurableFiles.writeNew(temp.resolve(ModelVersion.MANIFEST_FILE), manifestBytes);
        crash.reached(CrashPoint.Step.PUBLISH_MANIFEST_WRITTEN);
        DurableFiles.makeReadOnly(temp);
        DurableFiles.syncFolder(temp);
        crash.reached(CrashPoint.Step.PUBLISH_SEALED);
        Path folder = store.folderOf(number);
        DurableFiles.moveAtomically(temp, folder);
        crash.reached(CrashPoint.Step.PUBLISH_RENAMED);
        DurableFiles.syncFolder(root);
        return new ModelVersion(number, folder, manifest);
    }

    private static byte[] serialize(Model<?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // Tribuo's protobuf format; the bytes are kept to checksum them and to write them in one go.
            model.serializeToStream(out);
        } catch (IOException | RuntimeException e) {
            throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                    "the model cannot be saved in Tribuo's protobuf format: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
