package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A background retraining job as last seen; each change of state makes a new value.
 *
 * <p>A job that completed its run has state {@code succeeded} whether or not the challenger was promoted (the
 * result says which); {@code failed} means the run stopped, with the reason in {@code error}.
 *
 * @param id          the job's id, a UUID
 * @param who         who asked
 * @param state       queued, running, succeeded or failed
 * @param stage       the stage a running job has reached, or the last one a finished job reached
 * @param submittedAt when it was submitted
 * @param startedAt   when it started running
 * @param finishedAt  when it succeeded or failed
 * @param result      the run's decision, once succeeded
 * @param error       why it failed
 */
public record RetrainJob(String id, String who, RetrainJobState state, Optional<RetrainStage> stage,
                         Instant submittedAt, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                         Optional<RetrainResult> result, Optional<String> error) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RetrainJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
    }

    static RetrainJob queued(String id, String who, Instant at) {
        return new RetrainJob(id, who, RetrainJobState.QUEUED, Optional.empty(), at, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    RetrainJob running(Instant at) {
        return new RetrainJob(id, who, RetrainJobState.RUNNING, stage, submittedAt, Optional.of(at), finishedAt,
                result, error);
    }

    RetrainJob at(RetrainStage newStage) {
        return new RetrainJob(id, who, state, Optional.of(newStage), submittedAt, startedAt, finishedAt, result, error);
    }

    RetrainJob succeeded(Instant at, RetrainResult outcome) {
        return new RetrainJob(id, who, RetrainJobState.SUCCEEDED, stage, submittedAt, startedAt, Optional.of(at),
                Optional.of(outcome), Optional.empty());
    }

    RetrainJob failed(Instant at, String message) {
        return new RetrainJob(id, who, RetrainJobState.FAILED, stage, submittedAt, startedAt, Optional.of(at),
                Optional.empty(), Optional.of(message));
    }

    /**
     * The job in the HTTP API's shape: {@code id, who, state, stage, submitted_at, started_at, finished_at,
     * result, error}, snake_case, times in ISO-8601 UTC, absent values as JSON null.
     */
    public ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", id).put("who", who).put("state", state.wireName())
                .put("stage", stage.map(RetrainStage::words).orElse(null))
                .put("submitted_at", submittedAt.toString())
                .put("started_at", startedAt.map(Instant::toString).orElse(null))
                .put("finished_at", finishedAt.map(Instant::toString).orElse(null));
        node.set("result", result.<com.fasterxml.jackson.databind.JsonNode>map(RetrainResult::toJson)
                .orElse(MAPPER.nullNode()));
        node.put("error", error.orElse(null));
        return node;
    }
}
