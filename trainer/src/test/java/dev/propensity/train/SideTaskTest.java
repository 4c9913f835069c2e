package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.propensity.data.DataException;
import java.io.IOException;
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
}
