package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Where retraining jobs are announced so that every server on one store sees them: it lets one job at a time
 * be active across all of them and keeps each job's last state. {@link #LOCAL} is the board of a server alone
 * (nothing shared); {@link StoredJobBoard} is the feedback store's table.
 */
public interface JobBoard {
    /** No sharing: every claim succeeds and only the server's own memory knows its jobs. */
    JobBoard LOCAL = new JobBoard() {
        @Override
        public Optional<String> claim(RetrainJob job) {
            return Optional.empty();
        }

        @Override
        public void save(RetrainJob job) {
        }

        @Override
        public void heartbeat(String id) {
        }

        @Override
        public Optional<ObjectNode> find(String id) {
            return Optional.empty();
        }
    };

    /**
     * Makes a queued job the one active retrain, unless another job is.
     *
     * @return empty when {@code job} is now the active one, else the id of the job that is
     */
    Optional<String> claim(RetrainJob job);

    /** Records a job's new state; a finished job frees the slot. */
    void save(RetrainJob job);

    /** Says that the job's server is alive, so that others do not take it for abandoned. */
    void heartbeat(String id);

    /** A job as its server last reported it, in {@link RetrainJob#toJson()}'s shape. */
    Optional<ObjectNode> find(String id);
}
