package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One processor or more, looked at again once a second at most: a server pinned while it runs follows. */
class OneCoreCheckTest {
    private final AtomicInteger processors = new AtomicInteger(2);
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final OneCoreCheck check = new OneCoreCheck(() -> {
        asked.incrementAndGet();
        return processors.get();
    }, now::get);

    @Test
    void followsTheProcessorCountOnceTheSecondHasPassed() {
        assertFalse(check.oneCore());
        processors.set(1);  // taskset pins the running server
        now.addAndGet(999_999_999L);
        assertFalse(check.oneCore(), "still the answer of less than a second ago");
        now.addAndGet(1L);
        assertTrue(check.oneCore());
        processors.set(4);
        now.addAndGet(500_000_000L);
        assertTrue(check.oneCore());
        now.addAndGet(500_000_000L);
        assertFalse(check.oneCore());
    }

    @Test
    void asksTheSystemOncePerSecondHoweverOftenItIsAsked() {
        for (int i = 0; i < 1_000; i++) {
            check.oneCore();
            now.addAndGet(2_000_000L);  // 1,000 responses 2 ms apart: two seconds
        }
        // Once when made, then at 1 s and at 2 s (the last response comes at 1.998 s: not yet).
        assertEquals(2, asked.get());
    }
}
