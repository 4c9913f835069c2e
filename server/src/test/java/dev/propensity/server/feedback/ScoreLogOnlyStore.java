package dev.propensity.server.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A feedback store for tests and benchmarks of the score log alone: it takes scores ({@link #logScores}) and
 * refuses everything about outcomes, so that a test's store states only what it does with scores.
 */
public interface ScoreLogOnlyStore extends FeedbackStore {
    @Override
    default List<OutcomeResult> recordOutcomes(List<OutcomeRequest> outcomes) {
        throw new UnsupportedOperationException("a score-log-only store takes no outcomes");
    }

    @Override
    default List<OutcomeWithInput> outcomesWithInputs(Instant since) {
        throw new UnsupportedOperationException("a score-log-only store takes no outcomes");
    }

    @Override
    default List<ScoreRecord> scoresSince(Instant since) {
        throw new UnsupportedOperationException("a score-log-only store does not read scores back");
    }

    @Override
    default long countOutcomes() {
        throw new UnsupportedOperationException("a score-log-only store takes no outcomes");
    }

    @Override
    default Optional<StoredOutcome> findOutcome(String idempotencyKey) {
        throw new UnsupportedOperationException("a score-log-only store takes no outcomes");
    }
}
