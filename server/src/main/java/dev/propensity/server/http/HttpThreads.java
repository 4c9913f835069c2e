package dev.propensity.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The size of Jetty's request thread pool, from {@code -Dpropensity.http.threads=N} (the launcher's JVM options
 * for {@code serve}); Javalin's default pool (up to 250 threads) without it. Scoring is CPU-bound: with many more
 * runnable threads than cores, the scheduler slices requests against each other, and a request that loses its
 * core waits behind the others, which is what a CRM waiting on one score sees as a tail.
 */
public final class HttpThreads {
    static final String PROPERTY = "propensity.http.threads";
    /** Jetty needs threads for its acceptor and selectors besides the ones that run requests. */
    static final int MINIMUM = 8;

    private HttpThreads() {
    }

    public static void configure(JavalinConfig config) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        int threads;
        try {
            threads = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + ": expected a whole number of threads, got '" + value + "'");
        }
        if (threads < MINIMUM || threads > 10_000) {
            throw new IllegalArgumentException("-D" + PROPERTY + ": expected " + MINIMUM + " to 10000 threads, got " + threads);
        }
        QueuedThreadPool pool = new QueuedThreadPool(threads, MINIMUM, 60_000);
        pool.setName("http");
        config.jetty.threadPool = pool;
    }
}
