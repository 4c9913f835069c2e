package dev.propensity.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * The items {@code make(0) ... make(count - 1)}, in that order, made on a thread of their own a few batches ahead
 * of the caller. Tribuo's SGD trainer reads its dataset once, single-threaded, turning each example into its own
 * vector; making the examples (encoding a row, sorting its inputs by name) is about a third of that pass, and can
 * run on the second core while the trainer converts the ones made before. The items are the same, in the same
 * order, as the caller would make them itself, so the model is too.
 *
 * <p>Only the making thread calls {@code make} once started: whatever it reads must not be changed meanwhile.
 * {@link #close()} stops it when the caller gives up early.
 *
 * @param <T> what is made
 */
final class PrefetchingIterator<T> implements Iterator<T>, AutoCloseable {
    /** Items per hand-over: the queue then costs nothing per item. */
    private static final int BATCH = 1024;
    /** Batches made ahead: enough to ride out a pause on either side, few enough to cost a few megabytes. */
    private static final int AHEAD = 8;

    /** Made items, or the failure that stopped the making after them. */
    private record Batch<T>(List<T> items, Throwable failure) {
    }

    private final int count;
    private final Runnable allTaken;
    private final BlockingQueue<Batch<T>> ready = new ArrayBlockingQueue<>(AHEAD);
    private final Thread maker;
    private List<T> batch = List.of();
    private int inBatch;
    private int taken;
    private Throwable failure;

    PrefetchingIterator(String name, int count, IntFunction<T> make) {
        this(name, count, make, () -> { });
    }

    /** @param allTaken run once, on the caller's thread, as the last item is handed over */
    PrefetchingIterator(String name, int count, IntFunction<T> make, Runnable allTaken) {
        this.count = count;
        this.allTaken = allTaken;
        // A daemon, so that a caller that neither finishes nor closes cannot keep the JVM alive.
        this.maker = new Thread(() -> makeAll(make), "propensity-" + name);
        maker.setDaemon(true);
        maker.start();
    }

    private void makeAll(IntFunction<T> make) {
        try {
            for (int start = 0; start < count; start += BATCH) {
                int end = Math.min(count, start + BATCH);
                List<T> items = new ArrayList<>(end - start);
                Throwable failure = null;
                try {
                    for (int i = start; i < end; i++) {
                        items.add(make.apply(i));
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                ready.put(new Batch<>(items, failure));
                if (failure != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed: nobody is waiting for the rest
        }
    }

    @Override
    public boolean hasNext() {
        return taken < count;
    }

    @Override
    public T next() {
        if (taken >= count) {
            throw new NoSuchElementException();
        }
        while (inBatch == batch.size()) {
            // The items made before a failure first, then the failure where the next item would have been.
            if (failure != null) {
                rethrow(failure);
            }
            Batch<T> next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next items", e);
            }
            batch = next.items();
            inBatch = 0;
            failure = next.failure();
        }
        taken++;
        if (taken == count) {
            allTaken.run();
        }
        return batch.get(inBatch++);
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /** Stops the making thread, if it is still at work, and waits for it. */
    @Override
    public void close() {
        maker.interrupt();
        try {
            maker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
