package dev.propensity.server.config;

/**
 * How much one request may ask of the server.
 *
 * @param maxBatch     leads in one batch score request at most
 * @param maxBodyBytes request body bytes at most, whether sent with a Content-Length or chunked
 */
public record Limits(int maxBatch, long maxBodyBytes) {
    /** The default batch size limit. */
    public static final int DEFAULT_MAX_BATCH = 1000;
    /**
     * The default body limit, 1 MiB: a batch of 1,000 CRM leads of a few hundred bytes each fits with room
     * to spare, while the parsed JSON tree of a request (several times its size in memory) stays small.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
}
