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
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs retraining jobs in the background, one at a time in submission order, and remembers how each went.
 * Two runs at once would train on the same outcomes and race to promote; one thread makes them take turns.
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

    /**
     * @param retrainer runs one retraining, normally a {@link RetrainService}
     * @param clock     stamps submission, start and finish
     */
    public RetrainJobs(Retrainer retrainer, Clock clock) {
        this.retrainer = Objects.requireNonNull(retrainer, "retrainer");
        this.clock = Objects.requireNonNull(clock, "clock");
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
     * @return the job's id, for {@link #status(String)}
     * @throws RejectedExecutionException after {@link #close()}
     */
    public String submit(String who) {
        String id = UUID.randomUUID().toString();
        synchronized (jobs) {
            jobs.put(id, RetrainJob.queued(id, who, clock.instant()));
        }
        try {
            executor.execute(() -> run(id, who));
        } catch (RejectedExecutionException e) {
            // Closed: the job will never run, so it must not be reported as queued.
            synchronized (jobs) {
                jobs.remove(id);
            }
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

    private void run(String id, String who) {
        update(id, job -> job.running(clock.instant()));
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
        synchronized (jobs) {
            RetrainJob job = change.apply(jobs.get(id));
            jobs.put(id, job);
            if (job.state().finished()) {
                finished.addLast(id);
                while (finished.size() > KEPT_FINISHED) {
                    jobs.remove(finished.removeFirst());
                }
            }
        }
    }

    /** Stops taking jobs and waits up to a minute for the one running; queued ones are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
