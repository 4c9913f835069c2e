package dev.propensity.registry;

import static dev.propensity.registry.RegistryFixtures.body;
import static dev.propensity.registry.RegistryFixtures.model;
import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryPublishTest {
    @TempDir
    Path dir;

    private ModelRegistry registry() {
        return new ModelRegistry(dir.resolve("models"), new TestClock());
    }

    @Test
    void versionsAreNumberedFromOneInOrder() {
        ModelRegistry registry = registry();
        assertEquals(1, publish(registry, 0.80).number());
        assertEquals(2, publish(registry, 0.81).number());
        assertEquals(3, publish(registry, 0.82).number());
        assertEquals(List.of("v1", "v2", "v3"), registry.versions().stream().map(ModelVersion::label).toList());
    }

    @Test
    void aVersionFolderHoldsTheModelTheManifestAndTheExtraFiles() throws IOException {
        ModelRegistry registry = registry();
        ModelVersion v1 = registry.publish(model(), body(0.8, 0.4), Map.of(
                "report.json", "{}".getBytes(StandardCharsets.UTF_8),
                "report.html", "<html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(dir.resolve("models/v1"), v1.folder());
        assertEquals(Set.of("model.tribuo", "manifest.json", "report.json", "report.html"), names(v1.folder()));
        assertEquals("<html></html>", Files.readString(v1.file("report.html")));
    }

    @Test
    void theRegistryAddsItsFieldsAndKeepsTheCallersAsGiven() throws IOException {
        ModelRegistry registry = registry();
        ObjectNode body = body(0.8, 0.4);
        publish(registry, 0.7);
        registry.promote(1, "ana", "first", null);
        ModelVersion v2 = registry.publish(model(), body, Map.of());

        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(v2.file("manifest.json").toFile());
        assertEquals(2, manifest.get("version").asInt());
        assertEquals("2025-03-01T09:02:00Z", manifest.get("created_at").asText());
        assertEquals(1, manifest.get("parent_version").asInt());
        assertEquals(64, manifest.at("/files/model.tribuo/sha256").asText().length());
        assertEquals(Files.size(v2.file("model.tribuo")), manifest.at("/files/model.tribuo/bytes").asLong());
        for (String field : List.of("data", "metrics", "hyperparameters")) {
            assertEquals(body.get(field), manifest.get(field), field);
        }
        assertEquals(manifest, v2.manifest());
        assertEquals(TestClock.START.plusSeconds(120), v2.createdAt());
        assertEquals(1, v2.parentVersion().getAsInt());
    }

    @Test
    void theFirstVersionHasANullParent() {
        ModelVersion v1 = publish(registry(), 0.8);
        assertTrue(v1.manifest().get("parent_version").isNull());
        assertTrue(v1.parentVersion().isEmpty());
    }

    @Test
    void publishingLeavesTheChampionAlone() {
        ModelRegistry registry = registry();
        publish(registry, 0.8);
        assertTrue(registry.champion().isEmpty());
        registry.promote(1, "ana", null, null);
        publish(registry, 0.9);
        assertEquals(1, registry.champion().orElseThrow().number());
    }

    @Test
    void aBodyThatSetsARegistryFieldIsRefusedByName() {
        ObjectNode body = body(0.8, 0.4);
        body.put("version", 9);
        RegistryException e = assertThrows(RegistryException.class,
                () -> registry().publish(model(), body, Map.of()));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("'version'"), e.getMessage());
        assertTrue(registry().versions().isEmpty());
    }

    @Test
    void extraFilesMustHavePlainNamesThatDoNotReplaceTheRegistrysOwn() {
        for (String bad : List.of("../evil.txt", "sub/report.json", ".hidden", "model.tribuo", "manifest.json")) {
            Map<String, byte[]> extras = new HashMap<>();
            extras.put(bad, new byte[]{1});
            RegistryException e = assertThrows(RegistryException.class,
                    () -> registry().publish(model(), body(0.8, 0.4), extras), bad);
            assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertTrue(registry().versions().isEmpty());
    }

    @Test
    void publishedFilesAreReadOnlyAndNeverChangedByLaterOperations() throws IOException {
        ModelRegistry registry = registry();
        ModelVersion v1 = publish(registry, 0.8);
        Map<String, byte[]> before = contents(v1.folder());

        publish(registry, 0.85);
        registry.promote(1, "ana", null, null);
        registry.promote(2, "ana", null, null);
        registry.recordDecision(1, "ana", "not better", null);
        registry.rollback("ana", "oops");
        registry.loadModel(1);

        Map<String, byte[]> after = contents(v1.folder());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name));
        for (Path file : list(v1.folder())) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            assertFalse(permissions.contains(PosixFilePermission.OWNER_WRITE), file.toString());
            assertFalse(permissions.contains(PosixFilePermission.GROUP_WRITE), file.toString());
            assertFalse(permissions.contains(PosixFilePermission.OTHERS_WRITE), file.toString());
        }
    }

    @Test
    void leftoverTemporaryFoldersAreNotListedAndAreCleanedByTheNextPublish() throws IOException {
        ModelRegistry registry = registry();
        publish(registry, 0.8);
        Path leftover = dir.resolve("models/.tmp-v2-crashed");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("model.tribuo"), "half");
        leftover.resolve("model.tribuo").toFile().setReadOnly();

        assertEquals(List.of(1), registry.versions().stream().map(ModelVersion::number).toList());
        assertEquals(2, publish(registry, 0.8).number());
        assertFalse(Files.exists(leftover));
    }

    @Test
    void aNumberIsNeverReusedEvenWhenItsFolderWasDeletedByHand() throws IOException {
        ModelRegistry registry = registry();
        publish(registry, 0.8);
        publish(registry, 0.8);
        registry.promote(2, "ana", null, null);
        registry.recordDecision(1, "ana", "kept v2", null);
        ModelVersion v2 = registry.version(2);
        Files.move(v2.folder(), dir.resolve("v2-moved-away"));

        assertEquals(3, publish(registry, 0.8).number());
    }

    @Test
    void anUnknownVersionIsReportedWithTheVersionsThatExist() {
        ModelRegistry registry = registry();
        RegistryException none = assertThrows(RegistryException.class, () -> registry.version(1));
        assertEquals(RegistryException.Kind.UNKNOWN_VERSION, none.kind());
        assertTrue(none.getMessage().contains("no model version v1"), none.getMessage());
        publish(registry, 0.8);
        publish(registry, 0.8);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.version(5));
        assertTrue(e.getMessage().endsWith("(it has v1, v2)"), e.getMessage());
    }

    @Test
    void anEmptyOrMissingRegistryFolderHasNoVersionsNoChampionAndNoHistory() {
        ModelRegistry registry = registry();
        assertTrue(registry.versions().isEmpty());
        assertTrue(registry.champion().isEmpty());
        assertTrue(registry.history().isEmpty());
        assertFalse(Files.exists(dir.resolve("models")));
    }

    @Test
    void theManifestCannotBeChangedThroughTheValueReturned() {
        ModelVersion v1 = publish(registry(), 0.8);
        v1.manifest().put("version", 99);
        assertEquals(1, v1.manifest().get("version").asInt());
        assertEquals(0.8, v1.manifestValue("/metrics/test/roc_auc").orElseThrow().asDouble());
        assertTrue(v1.manifestValue("/metrics/train/roc_auc").isEmpty());
    }

    @Test
    void aManifestEditedIntoNonsenseIsReportedByVersionAndFile() throws IOException {
        ModelRegistry registry = registry();
        ModelVersion v1 = publish(registry, 0.8);
        Path manifest = v1.file("manifest.json");
        manifest.toFile().setWritable(true);
        Files.writeString(manifest, "{\"version\": 1, \"created_at\": \"yesterday\"}");

        RegistryException e = assertThrows(RegistryException.class, registry::versions);
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().startsWith("v1: ") && e.getMessage().contains("created_at"), e.getMessage());
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        for (Path file : list(folder)) {
            contents.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return contents;
    }
}
