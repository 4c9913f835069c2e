package dev.propensity.registry;

import static dev.propensity.registry.RegistryFixtures.body;
import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

class RegistryModelRoundTripTest {
    @TempDir
    Path dir;

    private ModelRegistry registry() {
        return new ModelRegistry(dir.resolve("models"), new TestClock());
    }

    @Test
    void aLoadedModelPredictsExactlyWhatTheTrainedOneDid() {
        Model<Label> trained = TinyModels.train();
        ModelRegistry registry = registry();
        ModelVersion v1 = registry.publish(trained, body(0.9, 0.3), Map.of());

        Model<Label> loaded = registry.loadModel(v1.number());

        assertEquals(trained.getProvenance(), loaded.getProvenance());
        for (Example<Label> lead : TinyModels.leads()) {
            Prediction<Label> expected = trained.predict(lead);
            Prediction<Label> actual = loaded.predict(lead);
            assertEquals(expected.getOutput().getLabel(), actual.getOutput().getLabel());
            for (String label : expected.getOutputScores().keySet()) {
                assertEquals(expected.getOutputScores().get(label).getScore(),
                        actual.getOutputScores().get(label).getScore(), 0.0, label);
            }
        }
    }

    @Test
    void theModelFileIsTribuosProtobufNotJavaSerialization() throws IOException {
        ModelVersion v1 = publish(registry(), 0.9);
        byte[] bytes = Files.readAllBytes(v1.file("model.tribuo"));
        // Java serialization streams start with 0xACED; a Tribuo ModelProto does not.
        assertTrue(!(bytes[0] == (byte) 0xAC && bytes[1] == (byte) 0xED));
        assertTrue(Model.deserializeFromFile(v1.file("model.tribuo")).validate(Label.class));
    }

    @Test
    void aChangedModelFileIsAClearErrorNamingTheVersionAndTheFile() throws IOException {
        ModelRegistry registry = registry();
        publish(registry, 0.9);
        overwrite(registry.version(1).file("model.tribuo"), "not a model at all");

        RegistryException e = assertThrows(RegistryException.class, () -> registry.loadModel(1));
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().startsWith("v1: "), e.getMessage());
        assertTrue(e.getMessage().contains("model.tribuo"), e.getMessage());
        assertTrue(e.getMessage().contains("does not match the checksum"), e.getMessage());
    }

    @Test
    void aModelWhoseManifestLostItsChecksumIsRefusedUnread() throws IOException {
        ModelRegistry registry = registry();
        ModelVersion v1 = publish(registry, 0.9);
        ObjectNode manifest = v1.manifest();
        manifest.remove("files");
        overwrite(v1.file("manifest.json"), new ObjectMapper().writeValueAsString(manifest));
        overwrite(v1.file("model.tribuo"), "\u0008\u0096\u0001 truncated protobuf");

        RegistryException e = assertThrows(RegistryException.class, () -> registry.loadModel(1));
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().startsWith("v1: "), e.getMessage());
        assertTrue(e.getMessage().contains("model.tribuo has no checksum in manifest.json"), e.getMessage());
    }

    @Test
    void aMissingModelFileIsAClearError() throws IOException {
        ModelRegistry registry = registry();
        ModelVersion v1 = publish(registry, 0.9);
        Files.delete(v1.file("model.tribuo"));
        RegistryException e = assertThrows(RegistryException.class, () -> registry.loadModel(1));
        assertTrue(e.getMessage().startsWith("v1: ") && e.getMessage().endsWith("model.tribuo is missing"),
                e.getMessage());
    }

    @Test
    void aVersionFolderLinkedToOutsideTheRegistryIsNotLoaded() throws IOException {
        ModelRegistry elsewhere = new ModelRegistry(dir.resolve("elsewhere"), new TestClock());
        ModelVersion outside = publish(elsewhere, 0.9);
        ModelRegistry registry = registry();
        Files.createDirectories(registry.root());
        Files.createSymbolicLink(registry.root().resolve("v1"), outside.folder());

        RegistryException e = assertThrows(RegistryException.class, () -> registry.loadModel(1));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("outside the registry"), e.getMessage());
    }

    @Test
    void loadingAnUnknownVersionSaysWhichExist() {
        ModelRegistry registry = registry();
        publish(registry, 0.9);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.loadModel(4));
        assertEquals(RegistryException.Kind.UNKNOWN_VERSION, e.kind());
        assertTrue(e.getMessage().contains("no model version v4"), e.getMessage());
    }

    private static void overwrite(Path file, String text) throws IOException {
        file.toFile().setWritable(true);
        Files.writeString(file, text);
    }
}
