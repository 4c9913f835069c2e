package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.feedback.ScoreLogWriter;
import dev.propensity.server.feedback.ScoreRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

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
     * Queues one score for the log before it is returned (the background writer commits it moments later). When
     * the store falls behind, scoring waits for room in the queue; a score that could not be queued in time is not
     * returned at all (503), so that every score a caller receives is on its way into the log.
     */
    public void record(ScoreResponse response, JsonNode input, String requestId) {
        recordAll(List.of(response), List.of(input), requestId);
    }

    /** @param inputJson the input as a JSON object text, as scored */
    public void record(ScoreResponse response, String inputJson, String requestId) {
        queue(List.of(response), i -> inputJson, requestId);
    }

    /**
     * Queues the scores of a batch all or nothing: a 503 leaves none of them in the log, so the caller's retry of
     * the whole batch logs each lead once.
     */
    public void recordAll(List<ScoreResponse> responses, List<JsonNode> inputs, String requestId) {
        queue(responses, i -> inputs.get(i).toString(), requestId);
    }

    private void queue(List<ScoreResponse> responses, IntFunction<String> inputJson, String requestId) {
        List<ScoreRecord> records = new ArrayList<>(responses.size());
        Instant now = clock.instant();
        for (int i = 0; i < responses.size(); i++) {
            ScoreResponse response = responses.get(i);
            if (response.leadId() != null && !response.leadId().isBlank()) {
                records.add(new ScoreRecord(response.leadId(), response.modelVersion(), response.probability(),
                        response.score(), inputJson.apply(i), now, requestId, response.grade(),
                        response.scores() == null ? null : response.scores().quadrant().grade(),
                        personaId(response), firstRep(response), explored(response)));
            }
        }
        boolean queued;
        try {
            queued = records.isEmpty() || writer.offerAll(records, MAX_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            throw new ApiException(503, "score_log_behind", "the score log cannot keep up; retry shortly", null,
                    java.util.Map.of("Retry-After", "1"));
        }
        responses.forEach(r -> metrics.score(r.score()));
    }

    private static String personaId(ScoreResponse response) {
        return response.persona() == null ? null : response.persona().id();
    }

    private static String firstRep(ScoreResponse response) {
        return response.recommendations() == null || response.recommendations().reps().isEmpty() ? null
                : response.recommendations().reps().get(0).rep();
    }

    // Only a drawn list that named a rep is an explored assignment: an unknown persona gets no reps at all.
    private static boolean explored(ScoreResponse response) {
        return response.recommendations() != null && response.recommendations().exploration() && firstRep(response) != null;
    }

    /** Waits until every score offered so far is in the store. */
    public void flush() throws InterruptedException {
        writer.flush();
    }
}
