package dev.propensity.server.config;

/**
 * How much one request may ask of the server, and how many requests it works on at once.
 *
 * @param maxBatch     leads in one batch score request at most
 * @param maxBodyBytes request body bytes at most, whether sent with a Content-Length or chunked
 * @param httpThreads  threads in Jetty's pool (its acceptor and selector included), or 0 for Javalin's default pool
 *                     (8 to 250 threads, grown on demand)
 */
public record Limits(int maxBatch, long maxBodyBytes, int httpThreads) {
    /** The default batch size limit. */
    public static final int DEFAULT_MAX_BATCH = 1000;
    /**
     * The default body limit, 1 MiB: a batch of 1,000 CRM leads of a few hundred bytes each fits with room
     * to spare, while the parsed JSON tree of a request (several times its size in memory) stays small.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /**
     * The fewest pool threads accepted: Jetty leases one to accepting connections and one to each selector, and
     * needs at least one more to run requests.
     */
    public static final int MIN_HTTP_THREADS = 4;

    public Limits {
        if (httpThreads != 0 && httpThreads < MIN_HTTP_THREADS) {
            throw new IllegalArgumentException("httpThreads must be 0 (Javalin's default) or at least "
                    + MIN_HTTP_THREADS + ", got " + httpThreads);
        }
    }

    /** Limits with Javalin's default thread pool. */
    public Limits(int maxBatch, long maxBodyBytes) {
        this(maxBatch, maxBodyBytes, 0);
    }
}
