package dev.propensity.train;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of work that does not depend on the model, run on its own thread while the caller runs Tribuo's SGD
 * fit. The fit is single-threaded and the largest step of a run, so the machine's other core would otherwise sit
 * idle. What runs beside the fit: the fields' own AUCs ({@link ModelTrainer#evaluate}) and the model-independent
 * part of the data checks ({@link ModelTrainer#train}). Both read the table only and use no random numbers, so the
 * figures are the same as when the steps run one after the other.
 *
 * @param <T> what the work produces
 */
final class BesideTheFit<T> {
    private final String name;
    private final FutureTask<T> task;

    private BesideTheFit(String name, Callable<T> work) {
        this.name = name;
        this.task = new FutureTask<>(work);
    }

    /**
     * Starts the work on a daemon thread (a daemon, so that a failed fit does not keep the JVM waiting for it).
     *
     * @param name what the work is, for the thread's name and for a failure's message
     */
    static <T> BesideTheFit<T> start(String name, Callable<T> work) {
        BesideTheFit<T> side = new BesideTheFit<>(name, work);
        Thread thread = new Thread(side.task, "propensity-" + name.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return side;
    }

    /**
     * Waits for the work and returns its result. Its own exception is rethrown unchanged when unchecked, so that a
     * {@code DataException} reaches the user with its message exactly as it would without the second thread.
     */
    T join() {
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
