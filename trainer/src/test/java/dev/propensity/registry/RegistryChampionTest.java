package dev.propensity.registry;

import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryChampionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ModelRegistry registry;

    @BeforeEach
    void threeVersions() {
        registry = new ModelRegistry(dir.resolve("models"), new TestClock());
        publish(registry, 0.80);
        publish(registry, 0.82);
        publish(registry, 0.85);
    }

    @Test
    void promotingMovesTheAliasAndWritesItAsSmallJson() throws IOException {
        registry.promote(2, "ana", "best so far", null);
        assertEquals(2, registry.champion().orElseThrow().number());
        assertEquals(2, JSON.readTree(dir.resolve("models/champion").toFile()).get("version").asInt());
    }

    @Test
    void eachChangeIsOneHistoryLineWithEveryField() throws IOException {
        ObjectNode comparison = JSON.createObjectNode().put("roc_auc_gain", 0.02);
        registry.promote(1, "ana", "first", null);
        registry.promote(2, "retrain-job", "better AUC", comparison);

        List<String> lines = Files.readAllLines(dir.resolve("models/history.jsonl"));
        assertEquals(2, lines.size());
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("2025-03-01T09:04:00Z", second.get("at").asText());
        assertEquals("retrain-job", second.get("who").asText());
        assertEquals("promote", second.get("action").asText());
        assertEquals(1, second.get("from").asInt());
        assertEquals(2, second.get("to").asInt());
        assertEquals("better AUC", second.get("why").asText());
        assertEquals(comparison, second.get("metrics"));
        JsonNode first = JSON.readTree(lines.get(0));
        assertTrue(first.get("from").isNull());
        assertEquals(0.80, first.at("/metrics/test/roc_auc").asDouble(), "defaults to the manifest's metrics");
    }

    @Test
    void whoDefaultsToTheOperatingSystemUser() {
        HistoryEntry entry = registry.promote(1, null, null, null);
        assertEquals(System.getProperty("user.name"), entry.who());
        assertEquals(System.getProperty("user.name"), registry.history().get(0).who());
    }

    @Test
    void historyReadsBackWhatWasWritten() {
        HistoryEntry written = registry.promote(3, "ana", "why not", null);
        assertEquals(List.of(written), registry.history());
    }

    @Test
    void rollbackReturnsToTheChampionBeforeTheCurrentOneAndAgainToTheOneBeforeThat() {
        registry.promote(1, "ana", null, null);
        registry.promote(2, "ana", null, null);
        registry.promote(3, "ana", null, null);

        HistoryEntry first = registry.rollback("bob", "v3 misbehaves");
        assertEquals(HistoryAction.ROLLBACK, first.action());
        assertEquals(OptionalInt.of(3), first.from());
        assertEquals(2, first.to());
        assertEquals("v3 misbehaves", first.why());
        assertEquals(2, registry.champion().orElseThrow().number());

        registry.rollback("bob", "v2 too");
        assertEquals(1, registry.champion().orElseThrow().number());
    }

    @Test
    void rollingBackPastTheFirstChampionIsAClearBadRequest() {
        registry.promote(1, "ana", null, null);
        registry.promote(2, "ana", null, null);
        registry.rollback("bob", null);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.rollback("bob", null));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
        assertTrue(e.getMessage().startsWith("nothing to roll back to: v1 is the first champion"), e.getMessage());
        assertEquals(1, registry.champion().orElseThrow().number());
    }

    @Test
    void rollingBackWithNoChampionIsAClearBadRequest() {
        RegistryException e = assertThrows(RegistryException.class, () -> registry.rollback("bob", null));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("has no champion yet"), e.getMessage());
    }

    @Test
    void aRefusedChallengerIsRecordedWithoutMovingTheAlias() {
        registry.promote(2, "ana", null, null);
        ObjectNode metrics = JSON.createObjectNode().put("roc_auc_delta", -0.03);
        HistoryEntry refused = registry.recordDecision(3, "retrain-job", "AUC worse by 0.03", metrics);

        assertEquals(HistoryAction.REFUSE, refused.action());
        assertEquals(OptionalInt.of(2), refused.from());
        assertEquals(3, refused.to());
        assertEquals(2, registry.champion().orElseThrow().number());
        assertEquals("refuse", registry.history().get(1).action().word());
        assertEquals(metrics, registry.history().get(1).metrics());
    }

    @Test
    void refusalsDoNotCountAsChampionsWhenRollingBack() {
        registry.promote(1, "ana", null, null);
        registry.recordDecision(3, "job", "worse", null);
        registry.promote(2, "ana", null, null);
        registry.rollback("bob", null);
        assertEquals(1, registry.champion().orElseThrow().number());
    }

    @Test
    void promotingTheChampionAgainOrAnUnknownVersionIsRefused() {
        registry.promote(1, "ana", null, null);
        RegistryException again = assertThrows(RegistryException.class, () -> registry.promote(1, "ana", null, null));
        assertEquals(RegistryException.Kind.INVALID_REQUEST, again.kind());
        assertEquals(RegistryException.Kind.UNKNOWN_VERSION,
                assertThrows(RegistryException.class, () -> registry.promote(9, "ana", null, null)).kind());
        assertEquals(RegistryException.Kind.UNKNOWN_VERSION,
                assertThrows(RegistryException.class, () -> registry.recordDecision(9, "ana", null, null)).kind());
        assertEquals(1, registry.history().size());
    }

    @Test
    void aVersionWhoseModelDoesNotLoadIsNeverPromoted() throws IOException {
        Path model = registry.version(2).file("model.tribuo");
        model.toFile().setWritable(true);
        Files.writeString(model, "garbage");
        RegistryException e = assertThrows(RegistryException.class, () -> registry.promote(2, "ana", null, null));
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(registry.champion().isEmpty());
        assertTrue(registry.history().isEmpty());
    }

    @Test
    void aHistoryLineCutShortByACrashIsIgnoredAndThenDropped() throws IOException {
        registry.promote(1, "ana", null, null);
        Path history = dir.resolve("models/history.jsonl");
        Files.writeString(history, "{\"at\":\"2025-", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertEquals(1, registry.history().size());
        registry.promote(2, "ana", null, null);
        assertEquals(List.of(1, 2), registry.history().stream().map(HistoryEntry::to).toList());
        assertEquals(2, Files.readAllLines(history).size());
    }

    @Test
    void aDamagedHistoryLineIsReportedWithItsLineNumber() throws IOException {
        registry.promote(1, "ana", null, null);
        Files.writeString(dir.resolve("models/history.jsonl"), "not json\n", StandardOpenOption.APPEND);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.history());
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().startsWith("line 2 of the history"), e.getMessage());
    }

    @Test
    void aDamagedAliasIsReportedWithWhatItHolds() throws IOException {
        Files.writeString(dir.resolve("models/champion"), "{\"version\": \"two\"}");
        RegistryException e = assertThrows(RegistryException.class, () -> registry.champion());
        assertEquals(RegistryException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("{\"version\": \"two\"}"), e.getMessage());
    }
}
