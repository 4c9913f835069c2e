package dev.propensity.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Loads a version's model safely: only from inside the registry, only Tribuo's protobuf format (never Java
 * serialization), only bytes that match the manifest's checksum, and only a classification model.
 */
final class ModelLoader {
    private final Path root;

    ModelLoader(Path root) {
        this.root = root;
    }

    Model<Label> load(ModelVersion version) {
        Path file = version.folder().resolve(ModelVersion.MODEL_FILE);
        String where = version.label() + ": " + file;
        checkInsideRoot(file, where);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw damaged(where + " is missing", e);
        } catch (IOException e) {
            throw damaged(where + " cannot be read: " + e.getMessage(), e);
        }
        String expected = Manifests.recordedSha256(version.manifest(), ModelVersion.MODEL_FILE);
        if (expected == null) {
            // Every published version records it; a manifest without one was edited or is incomplete.
            throw damaged(where + " has no checksum in " + ModelVersion.MANIFEST_FILE
                    + ": a model that cannot be checked is not loaded", null);
        }
        if (!expected.equals(Manifests.sha256(bytes))) {
            throw damaged(where + " does not match the checksum in " + ModelVersion.MANIFEST_FILE
                    + ": the file was changed or damaged after publishing", null);
        }
        Model<?> model;
        try {
            // Parsed from the very bytes that were checked, so the file cannot change in between.
            model = Model.deserializeFromStream(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw damaged(where + " is not a readable Tribuo model", e);
        }
        if (!model.validate(Label.class)) {
            throw damaged(where + " is not a classification model: its outputs are not labels", null);
        }
        return model.castModel(Label.class);
    }

    /** A version folder that is a link to somewhere else would let the registry load a file it does not own. */
    private void checkInsideRoot(Path file, String where) {
        try {
            Path realRoot = root.toRealPath();
            Path realFile = file.toRealPath();
            if (!realFile.startsWith(realRoot)) {
                throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                        where + " resolves to " + realFile + ", outside the registry " + realRoot);
            }
        } catch (NoSuchFileException e) {
            throw damaged(where + " is missing", e);
        } catch (IOException e) {
            throw damaged(where + " cannot be resolved: " + e.getMessage(), e);
        }
    }

    private static RegistryException damaged(String message, Throwable cause) {
        return new RegistryException(RegistryException.Kind.DAMAGED, message, cause);
    }
}
