package dev.propensity.server.retrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.feedback.FeedbackStoreException;
import dev.propensity.server.feedback.RetrainJobRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The job board in the feedback store's {@code retrain_job} table, shared by every server on that store: a
 * retrain asked of any replica runs once, and its progress reads the same from all of them.
 *
 * <p>A job whose server stopped refreshing its heartbeat for {@link #STALE_AFTER} (it was killed) is marked
 * failed by the next claim, so a dead replica cannot block retraining for ever.
 */
public final class StoredJobBoard implements JobBoard {
    /** How often a running job's server says it is alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** After how long without a heartbeat a job counts as abandoned: many missed beats, not one slow one. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CLAIM_ATTEMPTS = 3;

    private final RetrainJobRows rows;
    private final String owner;
    private final Clock clock;

    /**
     * @param rows  the store's job table
     * @param owner this server's name in the table (host and process id), for operators reading it
     * @param clock the time heartbeats are stamped with; servers on one store need roughly agreeing clocks
     */
    public StoredJobBoard(RetrainJobRows rows, String owner, Clock clock) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> claim(RetrainJob job) {
        FeedbackStoreException last = null;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            try {
                Optional<RetrainJobRows.ActiveJob> active = rows.claim(job.id(), job.state().wireName(), owner,
                        clock.instant(), json(job.toJson()));
                if (active.isEmpty()) {
                    return Optional.empty();
                }
                RetrainJobRows.ActiveJob other = active.get();
                if (!isStale(other)) {
                    return Optional.of(other.id());
                }
                rows.abandon(other, RetrainJobState.FAILED.wireName(), abandoned(other));
            } catch (FeedbackStoreException e) {
                last = e;
            }
        }
        throw last != null ? last : new FeedbackStoreException("the retrain slot is contended; try again");
    }

    @Override
    public void save(RetrainJob job) {
        rows.update(job.id(), job.state().wireName(), job.state().finished(), clock.instant(), json(job.toJson()));
    }

    @Override
    public void heartbeat(String id) {
        rows.heartbeat(id, clock.instant());
    }

    @Override
    public Optional<ObjectNode> find(String id) {
        return rows.find(id).map(StoredJobBoard::parse);
    }

    private boolean isStale(RetrainJobRows.ActiveJob job) {
        return job.heartbeat().plus(STALE_AFTER).isBefore(clock.instant());
    }

    private String abandoned(RetrainJobRows.ActiveJob job) {
        ObjectNode view = parse(job.viewJson());
        Instant now = clock.instant();
        view.put("state", RetrainJobState.FAILED.wireName()).put("finished_at", now.toString())
                .put("error", "abandoned: its server (" + job.owner() + ") stopped reporting after "
                        + job.heartbeat() + "; the registry history shows whether it got as far as a decision");
        return json(view);
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's JSON cannot be written", e);
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new FeedbackStoreException("a stored retrain job is not a JSON object: " + e.getMessage(), e);
        }
    }
}
