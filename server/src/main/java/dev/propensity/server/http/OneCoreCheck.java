package dev.propensity.server.http;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the JVM may run on one processor only (pinned with {@code taskset}, a one-CPU container,
 * {@code -XX:ActiveProcessorCount=1}), asked at most once per {@link #RECHECK_NANOS}: the answer can change while
 * the server runs (taskset moves a running process), and asking costs a system call, too much for every response.
 * Read by every HTTP thread; a stale answer only lasts until the next check.
 */
final class OneCoreCheck {
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final IntSupplier processors;
    private final LongSupplier nanoTime;
    private volatile boolean oneCore;
    private volatile long checkedAt;

    /** Asks the JVM ({@link Runtime#availableProcessors()}, which reads the process's CPU affinity each time). */
    OneCoreCheck() {
        this(Runtime.getRuntime()::availableProcessors, System::nanoTime);
    }

    OneCoreCheck(IntSupplier processors, LongSupplier nanoTime) {
        this.processors = processors;
        this.nanoTime = nanoTime;
        recheck(nanoTime.getAsLong());
    }

    boolean oneCore() {
        long now = nanoTime.getAsLong();
        if (now - checkedAt >= RECHECK_NANOS) {
            recheck(now);
        }
        return oneCore;
    }

    // Two threads may recheck at once; both write the same answer.
    private void recheck(long now) {
        oneCore = processors.getAsInt() <= 1;
        checkedAt = now;
    }
}
