package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.feedback.ScoreLogWriter;
import dev.propensity.server.feedback.ScoreRecord;
import java.time.Clock;

/**
 * Hands every score to the feedback store's background writer, with the input exactly as scored, and
 * counts it in the score distribution. A lead sent without an id is scored but not logged: an outcome could
 * never be matched to it, so it could not teach retraining anything.
 */
public final class ScoreLog {
    private final ScoreLogWriter writer;
    private final ServerMetrics metrics;
    private final Clock clock;

    public ScoreLog(ScoreLogWriter writer, ServerMetrics metrics, Clock clock) {
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** How long a request waits for room in the score log before it is refused. */
    static final long MAX_WAIT_MILLIS = 5_000;

    /**
     * Logs one score before it is returned. When the store falls behind, scoring waits for it; a score that could
     * not be queued in time is not returned at all (503), so that every score a caller receives is in the log.
     */
    public void record(ScoreResponse response, JsonNode input, String requestId) {
        metrics.score(response.score());
        if (response.leadId() != null && !response.leadId().isBlank()) {
            boolean queued;
            try {
                queued = writer.offer(new ScoreRecord(response.leadId(), response.modelVersion(), response.probability(),
                        response.score(), input.toString(), clock.instant(), requestId, response.grade()), MAX_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                queued = false;
            }
            if (!queued) {
                throw new ApiException(503, "score_log_behind", "the score log cannot keep up; retry shortly", null,
                        java.util.Map.of("Retry-After", "1"));
            }
        }
    }

    /** Waits until every score offered so far is in the store. */
    public void flush() throws InterruptedException {
        writer.flush();
    }
}
