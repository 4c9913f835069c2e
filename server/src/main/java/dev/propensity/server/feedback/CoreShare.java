package dev.propensity.server.feedback;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Long database work on a thread that shares its core with request threads, done in slices with the core given up
 * between them, so that requests that became runnable meanwhile run then rather than after the whole piece of work.
 *
 * <p>Why: on a server with one core (pinned with {@code taskset}, a one-CPU container), the scheduler saw the score
 * log's writer hold the core for runs of 3-10 ms, and it was on the core 96 % of the time an HTTP thread waited more
 * than 3 ms for it ({@code benchmarks/http-sched.sh}, 5 December 2026): catch-ups of the lead index, 10-33 ms of the
 * core each as one statement, and checkpoints. In slices that only yielded, the catch-up still crowded the requests
 * out for the 70 ms it ran (the writer runs above the HTTP threads, see {@link ScoreLogWriter}): the score route's
 * p99 at 16 connections went from 5.9-6.1 ms to 3.8 ms; pausing a millisecond between its slices brought it to
 * 2.2-2.9 ms (README, issue 13). The writer's own inserts only yield: they are what the requests wait on.
 */
final class CoreShare {
    /** How long background work rests between two of its slices. */
    static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private CoreShare() {
    }

    /** Gives the core to a thread waiting for it, if any; where none waits, returns at once (one system call). */
    static void yieldCore() {
        Thread.yield();
    }

    /**
     * Rests for {@link #PAUSE_NANOS}, so that work which is not what requests wait on takes at most about half the
     * core while it runs, whatever its priority.
     */
    static void pause() {
        LockSupport.parkNanos(PAUSE_NANOS);
    }
}
