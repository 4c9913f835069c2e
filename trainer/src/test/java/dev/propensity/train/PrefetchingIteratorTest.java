package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrefetchingIteratorTest {
    @Test
    void handsOverEveryItemInOrderAcrossBatches() {
        int count = 2 * 1024 + 7;
        try (PrefetchingIterator<Integer> items = new PrefetchingIterator<>("test", count, i -> i * 3)) {
            for (int i = 0; i < count; i++) {
                assertEquals(i * 3, items.next());
            }
            assertFalse(items.hasNext());
        }
    }

    @Test
    void tellsOnceOnTheCallersThreadWhenTheLastItemIsHandedOver() {
        int count = 1024 + 3;
        java.util.List<String> told = new java.util.ArrayList<>();
        try (PrefetchingIterator<Integer> items = new PrefetchingIterator<>("test", count, i -> i,
                () -> told.add(Thread.currentThread().getName()))) {
            for (int i = 0; i < count - 1; i++) {
                items.next();
            }
            assertEquals(java.util.List.of(), told);
            items.next();
            assertEquals(java.util.List.of(Thread.currentThread().getName()), told);
            assertFalse(items.hasNext());
        }
    }

    @Test
    void failsWhereTheItemFailedAfterTheOnesBeforeIt() {
        IllegalStateException boom = new IllegalStateException("row 1500");
        try (PrefetchingIterator<Integer> items = new PrefetchingIterator<>("test", 3000, i -> {
            if (i == 1500) {
                throw boom;
            }
            return i;
        })) {
            for (int i = 0; i < 1500; i++) {
                assertEquals(i, items.next());
            }
            assertSame(boom, assertThrows(IllegalStateException.class, items::next));
        }
    }

    @Test
    void closingEarlyStopsTheMakingThread() {
        PrefetchingIterator<Integer> items = new PrefetchingIterator<>("test", 1_000_000, i -> i);
        assertEquals(0, items.next());
        items.close();
    }
}
