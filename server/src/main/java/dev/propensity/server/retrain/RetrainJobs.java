package dev.propensity.server.retrain;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs retraining jobs in the background, one at a time in submission order, and remembers how each went.
 * Two runs at once would train on the same outcomes and race to promote; one thread makes them take turns.
 *
 * <p>With a shared {@link JobBoard} (servers on one store) a job is first claimed on the board: while any
 * server's job is queued or running, a new submission is not queued but answered with that job's id, so a
 * retrain asked of several replicas runs once; every state change is written to the board, where any replica
 * reads it.
 *
 * <p>Finished jobs are forgotten oldest first once more than {@value #KEPT_FINISHED} are kept; their decisions
 * stay in the registry's history.
 */
public final class RetrainJobs implements AutoCloseable {
    static final int KEPT_FINISHED = 100;
    private static final Logger LOG = LoggerFactory.getLogger(RetrainJobs.class);

    private final Retrainer retrainer;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, RetrainJob> jobs = new HashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();
    private final JobBoard board;
    private final ScheduledExecutorService heartbeats;

    /**
     * @param retrainer runs one retraining, normally a {@link RetrainService}
     * @param clock     stamps submission, start and finish
     */
    public RetrainJobs(Retrainer retrainer, Clock clock) {
        this(retrainer, clock, JobBoard.LOCAL);
    }

    /**
     * @param retrainer runs one retraining, normally a {@link RetrainService}
     * @param clock     stamps submission, start and finish
     * @param board     where jobs are claimed and reported, shared by the servers on one store
     */
    public RetrainJobs(Retrainer retrainer, Clock clock, JobBoard board) {
        this.retrainer = Objects.requireNonNull(retrainer, "retrainer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.board = Objects.requireNonNull(board, "board");
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retrain-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retrain");
            // A retrain under way must not keep a stopping server alive; its version stays unpromoted.
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues a retraining run.
     *
     * @param who who asked, recorded in the registry's history
     * @return the job's id, for {@link #view(String)}: a new job's, or with a shared board the id of the job
     *         already queued or running on any server
     * @throws RejectedExecutionException after {@link #close()}
     * @throws dev.propensity.server.feedback.FeedbackStoreException when the shared board cannot be reached
     */
    public String submit(String who) {
        if (executor.isShutdown()) {
            throw new RejectedExecutionException("retrain jobs are closed");
        }
        String id = UUID.randomUUID().toString();
        RetrainJob queued = RetrainJob.queued(id, who, clock.instant());
        Optional<String> active = board.claim(queued);
        if (active.isPresent()) {
            return active.get();
        }
        synchronized (jobs) {
            jobs.put(id, queued);
        }
        try {
            executor.execute(() -> run(id, who));
        } catch (RejectedExecutionException e) {
            // Closed: the job will never run, so it must not be reported as queued.
            synchronized (jobs) {
                jobs.remove(id);
            }
            report(queued.failed(clock.instant(), "the server stopped before the job ran"));
            throw e;
        }
        return id;
    }

    /** The job with this id as it is now; empty for an unknown (or long-forgotten) id. */
    public Optional<RetrainJob> status(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /**
     * The job in the HTTP API's JSON shape, wherever it runs: this server's own jobs from memory (always
     * current), other servers' from the shared board.
     */
    public Optional<com.fasterxml.jackson.databind.node.ObjectNode> view(String id) {
        Optional<RetrainJob> local = status(id);
        return local.isPresent() ? local.map(RetrainJob::toJson) : board.find(id);
    }

    private void run(String id, String who) {
        update(id, job -> job.running(clock.instant()));
        ScheduledFuture<?> beat = heartbeats.scheduleWithFixedDelay(() -> quietly(() -> board.heartbeat(id)),
                StoredJobBoard.HEARTBEAT.toMillis(), StoredJobBoard.HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            runReporting(id, who);
        } finally {
            beat.cancel(false);
        }
    }

    private void runReporting(String id, String who) {
        try {
            RetrainResult result = retrainer.retrain(who, stage -> update(id, job -> job.at(stage)));
            update(id, job -> job.succeeded(clock.instant(), result));
        } catch (RetrainException e) {
            update(id, job -> job.failed(clock.instant(), e.getMessage()));
        } catch (RuntimeException | Error e) {
            // Errors too (out of memory on a large snapshot): otherwise the job would read "running" forever.
            LOG.error("retrain job {} failed", id, e);
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            update(id, job -> job.failed(clock.instant(), message));
        }
    }

    private void update(String id, UnaryOperator<RetrainJob> change) {
        RetrainJob job;
        synchronized (jobs) {
            job = change.apply(jobs.get(id));
            jobs.put(id, job);
            if (job.state().finished()) {
                finished.addLast(id);
                while (finished.size() > KEPT_FINISHED) {
                    jobs.remove(finished.removeFirst());
                }
            }
        }
        report(job);
    }

    // A store that is briefly down must not stop a retrain: the next change or heartbeat reports again.
    private void report(RetrainJob job) {
        quietly(() -> board.save(job));
    }

    private static void quietly(Runnable boardCall) {
        try {
            boardCall.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot report a retrain job to the shared board: {}", e.getMessage());
        }
    }

    /** Stops taking jobs and waits up to a minute for the one running; queued ones are dropped. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
