package dev.propensity.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RegistryLineageTest {
    private static HistoryEntry entry(HistoryAction action, int to) {
        return new HistoryEntry(Instant.EPOCH, "t", action, OptionalInt.empty(), to, "", null);
    }

    private static OptionalInt previous(int current, HistoryEntry... history) {
        return ChampionLineage.previous(List.of(history), OptionalInt.of(current));
    }

    @Test
    void nothingBeforeTheFirstChampion() {
        assertEquals(OptionalInt.empty(), previous(1, entry(HistoryAction.PROMOTE, 1)));
        assertEquals(OptionalInt.empty(), ChampionLineage.previous(List.of(), OptionalInt.empty()));
    }

    @Test
    void theChampionBeforeTheCurrentOne() {
        assertEquals(OptionalInt.of(2), previous(3, entry(HistoryAction.PROMOTE, 1),
                entry(HistoryAction.PROMOTE, 2), entry(HistoryAction.PROMOTE, 3)));
    }

    @Test
    void rollbacksUnwindRatherThanUndo() {
        assertEquals(OptionalInt.of(1), previous(2, entry(HistoryAction.PROMOTE, 1), entry(HistoryAction.PROMOTE, 2),
                entry(HistoryAction.PROMOTE, 3), entry(HistoryAction.ROLLBACK, 2)));
    }

    @Test
    void aVersionPromotedTwiceIsTwoChampions() {
        assertEquals(OptionalInt.of(2), previous(1, entry(HistoryAction.PROMOTE, 1), entry(HistoryAction.PROMOTE, 2),
                entry(HistoryAction.PROMOTE, 1)));
    }

    @Test
    void refusalsAreNotChampions() {
        assertEquals(OptionalInt.of(1), previous(2, entry(HistoryAction.PROMOTE, 1), entry(HistoryAction.REFUSE, 3),
                entry(HistoryAction.PROMOTE, 2)));
    }

    @Test
    void aChampionTheHistoryMissedSitsOnTopOfWhatItRecorded() {
        assertEquals(OptionalInt.of(2), previous(3, entry(HistoryAction.PROMOTE, 1), entry(HistoryAction.PROMOTE, 2)));
    }
}
