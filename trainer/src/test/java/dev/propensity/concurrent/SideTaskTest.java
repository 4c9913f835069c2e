package dev.propensity.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.propensity.data.DataException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideTaskTest {
    @Test
    void returnsTheWorksResult() {
        assertEquals(42, SideTask.start("answer", () -> 6 * 7).join());
    }

    @Test
    void aFailureReachesTheCallerWithItsOwnTypeAndMessage() {
        DataException thrown = new DataException("column 'amount' is not a number in row 3");
        DataException seen = assertThrows(DataException.class,
                () -> SideTask.start("data checks", () -> {
                    throw thrown;
                }).join());
        assertSame(thrown, seen);
    }

    @Test
    void aCheckedFailureIsNamedWithTheWork() {
        IllegalStateException seen = assertThrows(IllegalStateException.class,
                () -> SideTask.start("data checks", () -> {
                    throw new IOException("disk gone");
                }).join());
        assertEquals("the data checks failed: disk gone", seen.getMessage());
    }

    @Test
    void deferredTasksStartedInTurnRunOnceEach() {
        // Which thread runs each is left open: a join that comes before the side thread reaches its task runs it.
        AtomicInteger runs = new AtomicInteger();
        SideTask<Integer> first = SideTask.deferred("first", () -> 6 * 7 + 0 * runs.incrementAndGet());
        SideTask<Integer> second = SideTask.deferred("second", () -> 7 + 0 * runs.incrementAndGet());
        SideTask.startInTurn("both", List.of(first, second));
        assertEquals(7, second.join());
        assertEquals(42, first.join());
        assertEquals(42, first.join());
        assertEquals(2, runs.get());
    }

    @Test
    void aDeferredTaskNeverStartedRunsOnTheJoiningThread() {
        SideTask<String> task = SideTask.deferred("never started", () -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), task.join());
    }

    @Test
    void aDeferredTasksFailureReachesTheCallerAndTheTasksAfterItStillRun() {
        DataException thrown = new DataException("column 'amount' is not a number in row 3");
        SideTask<Void> failing = SideTask.deferred("failing", () -> {
            throw thrown;
        });
        SideTask<Integer> after = SideTask.deferred("after", () -> 1);
        SideTask.startInTurn("in turn", List.of(failing, after));
        assertSame(thrown, assertThrows(DataException.class, failing::join));
        assertEquals(1, after.join());
    }
}
