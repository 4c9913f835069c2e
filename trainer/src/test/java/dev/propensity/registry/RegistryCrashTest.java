package dev.propensity.registry;

import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stops publish and promote right after each of their steps, as a crash would, then opens the registry
 * afresh (as the next process would) and checks what is left.
 */
class RegistryCrashTest {
    @TempDir
    Path dir;

    /** Thrown by the hook; it stands for the process dying, so nothing may catch and tidy after it. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(CrashPoint.Step step) {
            super("simulated crash after " + step);
        }
    }

    static Stream<CrashPoint.Step> publishSteps() {
        return Stream.of(CrashPoint.Step.values()).filter(CrashPoint.Step::isPublish);
    }

    static Stream<CrashPoint.Step> promoteSteps() {
        return Stream.of(CrashPoint.Step.values()).filter(step -> !step.isPublish());
    }

    private ModelRegistry crashingAfter(CrashPoint.Step step) {
        return new ModelRegistry(dir, new TestClock(), reached -> {
            if (reached == step) {
                throw new SimulatedCrash(step);
            }
        });
    }

    private ModelRegistry restarted() {
        return new ModelRegistry(dir, new TestClock());
    }

    @ParameterizedTest
    @MethodSource("publishSteps")
    void aCrashDuringPublishLeavesNoHalfVersionAndTheChampionIntact(CrashPoint.Step step) throws IOException {
        ModelRegistry before = restarted();
        publish(before, 0.8);
        before.promote(1, "ana", null, null);

        assertThrows(SimulatedCrash.class, () -> publish(crashingAfter(step), 0.9));

        boolean leftTemporaryFolder = step.compareTo(CrashPoint.Step.PUBLISH_FOLDER_CREATED) >= 0
                && step.compareTo(CrashPoint.Step.PUBLISH_SEALED) <= 0;
        assertEquals(leftTemporaryFolder ? 1 : 0, temporaryFolders().size());

        ModelRegistry after = restarted();
        List<Integer> numbers = after.versions().stream().map(ModelVersion::number).toList();
        boolean renamed = step == CrashPoint.Step.PUBLISH_RENAMED;
        assertEquals(renamed ? List.of(1, 2) : List.of(1), numbers);
        if (renamed) {
            after.loadModel(2);
            assertTrue(Files.exists(after.version(2).file("report.json")));
        }
        assertEquals(1, after.champion().orElseThrow().number());
        after.loadModel(1);

        ModelVersion next = publish(after, 0.95);
        assertEquals(renamed ? 3 : 2, next.number());
        after.loadModel(next.number());
        assertEquals(List.of(), temporaryFolders());
    }

    @ParameterizedTest
    @MethodSource("promoteSteps")
    void aCrashDuringPromoteLeavesALoadableChampion(CrashPoint.Step step) throws IOException {
        ModelRegistry before = restarted();
        publish(before, 0.8);
        publish(before, 0.9);
        before.promote(1, "ana", null, null);

        assertThrows(SimulatedCrash.class, () -> crashingAfter(step).promote(2, "ana", "better", null));

        ModelRegistry after = restarted();
        int champion = after.champion().orElseThrow().number();
        boolean moved = step == CrashPoint.Step.ALIAS_MOVED || step == CrashPoint.Step.HISTORY_APPENDED;
        assertEquals(moved ? 2 : 1, champion);
        after.loadModel(champion);
        assertEquals(champion,
                new ObjectMapper().readTree(dir.resolve("champion").toFile()).get("version").asInt());

        // The registry carries on: a rollback finds v1 even when the crash came before v2's history line.
        if (moved) {
            after.rollback("bob", "after the crash");
        } else {
            after.promote(2, "ana", "again", null);
            assertFalse(Files.exists(dir.resolve("champion.tmp")));
            after.rollback("bob", "after the crash");
        }
        assertEquals(1, after.champion().orElseThrow().number());
    }

    @ParameterizedTest
    @MethodSource("promoteSteps")
    void aCrashDuringRollbackLeavesALoadableChampion(CrashPoint.Step step) {
        ModelRegistry before = restarted();
        publish(before, 0.8);
        publish(before, 0.9);
        before.promote(1, "ana", null, null);
        before.promote(2, "ana", null, null);

        assertThrows(SimulatedCrash.class, () -> crashingAfter(step).rollback("bob", "v2 misbehaves"));

        ModelRegistry after = restarted();
        int champion = after.champion().orElseThrow().number();
        boolean moved = step == CrashPoint.Step.ALIAS_MOVED || step == CrashPoint.Step.HISTORY_APPENDED;
        assertEquals(moved ? 1 : 2, champion);
        after.loadModel(champion);
    }

    private List<Path> temporaryFolders() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList();
        }
    }
}
