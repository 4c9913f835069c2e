package dev.propensity.concurrent;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of work run on its own thread while the caller does another, independent one. A training run is
 * mostly single-threaded (Tribuo's SGD fit above all), so on a machine with two cores the second one would
 * otherwise sit idle. What runs in parallel, and why it may:
 * <ul>
 *   <li>beside the SGD fit ({@code ModelTrainer}): the fields' own AUCs and the model-independent part of the data
 *       checks, which read the table and the split only, one after the other once Tribuo's fit starts (until then
 *       the second core fits the pipeline's numbers and encodes rows for the inputs' statistics);</li>
 *   <li>beside the report ({@code GradingFiles}): the grading fit, which reads the trained model only; the report
 *       takes the grading's held-out figures once both are done;</li>
 *   <li>in {@code ModelTrainer.logOdds}, on many rows: the second half of the rows' log-odds, each row's figure
 *       written to its own place;</li>
 *   <li>in {@code MetricIntervals}, on many leads: the second half of the bootstrap's resamples, each with its own
 *       draws, written to its own place;</li>
 *   <li>in {@code PipelineFitter}, on many rows: the fields' encoders, each fitted from its own column.</li>
 * </ul>
 * None of these uses random numbers or writes shared state, so the figures are the same as when the steps run one
 * after the other.
 *
 * @param <T> what the work produces
 */
public final class SideTask<T> {
    private final String name;
    private final FutureTask<T> task;
    private final boolean deferred;

    private SideTask(String name, Callable<T> work, boolean deferred) {
        this.name = name;
        this.deferred = deferred;
        this.task = new FutureTask<>(work);
    }

    /**
     * Starts the work on a daemon thread (a daemon, so that a failure on the caller's side does not keep the JVM
     * waiting for it).
     *
     * @param name what the work is, for the thread's name and for a failure's message
     */
    public static <T> SideTask<T> start(String name, Callable<T> work) {
        SideTask<T> side = new SideTask<>(name, work, false);
        Thread thread = new Thread(side.task, "propensity-" + name.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return side;
    }

    /**
     * The work, not started yet: {@link #startInTurn} starts it later, when the second core is free. Should that
     * never happen (the caller failed first, or took another path), {@link #join()} does the work on the caller's
     * thread.
     */
    public static <T> SideTask<T> deferred(String name, Callable<T> work) {
        return new SideTask<>(name, work, true);
    }

    /** Starts deferred tasks on one daemon thread, one after the other; each {@link #join()} waits for its own. */
    public static void startInTurn(String name, List<SideTask<?>> tasks) {
        Thread thread = new Thread(() -> tasks.forEach(t -> t.task.run()), "propensity-" + name.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits for the work and returns its result. Its own exception is rethrown unchanged when unchecked, so that a
     * {@code DataException} reaches the user with its message exactly as it would without the second thread.
     */
    public T join() {
        if (deferred) {
            // Does nothing when the work has been started (or done) elsewhere; get() then waits for it.
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + name, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the " + name + " failed: " + cause.getMessage(), cause);
        }
    }
}
