package dev.propensity.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sees every request go in and out: gives it an id, counts it in flight (so shutdown can wait for it),
 * refuses new ones while draining, records metrics, and writes one access log line. The line holds the
 * method, the route template (never the concrete path, which could carry an id), status, duration and model
 * version; never bodies, headers or anything personal. The line is written by {@link AccessLog}'s own thread, so
 * the request does not wait on the log's stream.
 */
public final class RequestObserver implements AutoCloseable {
    /** The request attribute holding the id of the request. */
    public static final String REQUEST_ID = "propensity.request_id";
    /** The request attribute holding the version of the model that answered, if one did. */
    public static final String MODEL_VERSION = "propensity.model_version";
    private static final String STARTED = "propensity.started";

    private final ServerMetrics metrics;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;
    private final AccessLog accessLog = new AccessLog();

    public RequestObserver(ServerMetrics metrics) {
        this.metrics = metrics;
        io.micrometer.core.instrument.Gauge.builder("propensity_access_log_dropped", accessLog, AccessLog::dropped)
                .description("access log lines dropped because the log's queue was full").register(metrics.registry());
    }

    public void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        inFlight.incrementAndGet();
        // A request id needs to be unique, not unguessable: SecureRandom's UUID costs more than the whole /health.
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-Id", id);
        if (draining) {
            throw new ApiException(503, "shutting_down", "the server is shutting down; retry on another instance", null,
                    java.util.Map.of("Retry-After", "1", "Connection", "close"));
        }
    }

    public void after(Context ctx) {
        inFlight.decrementAndGet();
        Long started = ctx.attribute(STARTED);
        long took = System.nanoTime() - (started == null ? System.nanoTime() : started);
        String route = route(ctx);
        int status = ctx.statusCode();
        String method = ctx.method().name();
        metrics.request(method, route, status, took);
        String code = ctx.attribute(ErrorMapper.ERROR_CODE);
        if (code != null) {
            metrics.error(code);
        }
        accessLog.add(new AccessLog.Entry(method, route, status, took, ctx.attribute(MODEL_VERSION),
                ctx.attribute(REQUEST_ID)));
    }

    /** Also hands every access log line to {@code listener}: what the log gets, without reading the log's stream. */
    void onAccessLine(java.util.function.Consumer<String> listener) {
        accessLog.onLine(listener);
    }

    /** Writes the access log lines still queued; after the last request. */
    @Override
    public void close() {
        accessLog.close();
    }

    /** Stops taking new requests. */
    public void drain() {
        draining = true;
    }

    /** Requests started and not yet finished. */
    public int inFlight() {
        return inFlight.get();
    }

    private static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            // Javalin names an unmatched request with a sentence; any such label becomes one metric series.
            return path == null || !path.startsWith("/") ? unmatched(ctx) : path;
        } catch (RuntimeException e) {
            // No endpoint matched (404) or the request never reached one.
            return unmatched(ctx);
        }
    }

    /** A request no endpoint took: a file of the dashboard when it was answered, else truly unmatched. */
    private static String unmatched(Context ctx) {
        return ctx.statusCode() < 400 ? "static" : "unmatched";
    }
}
