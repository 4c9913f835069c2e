package dev.propensity.server.feedback;

/**
 * Long database work on a thread that shares its core with request threads, done in slices: between slices the
 * thread gives the core up ({@link Thread#yield()}), so that a request that became runnable meanwhile runs then
 * rather than after the whole piece of work.
 *
 * <p>Why: on a server with one core (pinned with {@code taskset}, a one-CPU container), the scheduler saw the score
 * log's writer hold the core for runs of 3-10 ms, and it was on the core 96 % of the time an HTTP thread waited more
 * than 3 ms for it ({@code benchmarks/http-sched.sh}, 5 December 2026): a batch's inserts took 0.5-1 ms of the core,
 * a catch-up of the lead index 10-33 ms. Those runs were the score route's p99 (5.6-5.9 ms against 0.3-1 ms for the
 * bare route). Where nothing else waits for the core, a yield returns at once: a system call per slice.
 */
final class CoreShare {
    /** Rows inserted between two yields: about a quarter of a millisecond of the core for the score log. */
    static final int ROWS_PER_SLICE = 64;

    private CoreShare() {
    }

    /** Gives the core to a thread waiting for it, if any. */
    static void yieldCore() {
        Thread.yield();
    }
}
