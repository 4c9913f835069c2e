package dev.propensity.server.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs scores from a background thread so that scoring does not wait on each database write: {@link #offer} puts
 * a score in a bounded queue, and one thread writes what has queued up in batches.
 *
 * <p><b>Durability.</b> This trades durability for latency. A score is durable only once its batch is
 * committed, typically milliseconds after {@code offer}; until then it lives in memory only and is lost if
 * the process dies. When the database is slower than the traffic the queue fills: the server offers with a wait
 * ({@link #offer(ScoreRecord, long)}), so scoring slows to the database's pace instead of returning scores that
 * were never logged, and refuses a request that could not be queued in time; the plain {@link #offer(ScoreRecord)}
 * drops instead (it returns {@code false}). When the database cannot be reached (down, restarting, connections
 * cut) a batch is retried with a growing pause for up to {@link #UNAVAILABLE_RETRY_MILLIS} ms, so a short outage loses no
 * score: the queue fills meanwhile and the server answers 503 instead of scoring unlogged. When a batch fails to
 * write for any other reason, or the outage outlasts the retries, its scores are dropped and logged. Each loss is counted in {@link #counts()} for monitoring. A lost score
 * only costs retraining one example: the outcome later posted for that lead is stored flagged
 * {@code scored=false}. Call {@link #close()} on shutdown (the thread is a daemon, so a forgotten writer does
 * not keep the JVM alive, but what it still holds is lost), and {@link #flush()} where a caller needs
 * everything offered so far to be in the database, such as before counting in tests.
 */
public final class ScoreLogWriter implements AutoCloseable {
    /** Scores held in memory at most before {@link #offer} starts dropping. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** Scores written in one transaction at most. */
    public static final int DEFAULT_BATCH_SIZE = 2_000;
    /**
     * How long the writer waits, after the first score of a batch, for more to queue up. Without it a writer under
     * steady load woke for every score or two and committed each alone: a transaction, a context switch and a
     * wake-up signal per request, most of the writer's cost. A {@link #flush()} or {@link #close()} cuts it short.
     */
    public static final long DEFAULT_LINGER_MILLIS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ScoreLogWriter.class);
    // How often an idle writer looks whether it is being closed.
    private static final long IDLE_POLL_MILLIS = 50;
    // How often a waiting offer looks for room when no batch has finished.
    private static final long ROOM_POLL_MILLIS = 5;
    /** How long {@link #close()} waits for the queued scores to be written before giving up on them. */
    static final long CLOSE_TIMEOUT_MILLIS = 10_000;
    /** How long a batch is retried while the database cannot be reached (a restart takes seconds). */
    static final long UNAVAILABLE_RETRY_MILLIS = 60_000;
    private static final long MAX_PAUSE_MILLIS = 2_000;

    private final FeedbackStore store;
    private final BlockingQueue<ScoreRecord> queue;
    private final int batchSize;
    private final Thread thread;
    // Guards enqueueing together with counting and closing. Counting in the same step as enqueueing keeps
    // the count in queue order, which is what lets flush() wait for a count; and no offer can slip a score
    // into the queue after close() has told the writer to drain and stop.
    private final Object offerLock = new Object();
    private volatile boolean closing;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Object progress = new Object();
    private final long lingerNanos;
    // Wakes a lingering writer: a flush waiting, or the writer closing.
    private final Object wake = new Object();
    private final AtomicInteger flushesWaiting = new AtomicInteger();

    /** A writer with {@link #DEFAULT_CAPACITY}, {@link #DEFAULT_BATCH_SIZE} and {@link #DEFAULT_LINGER_MILLIS}. */
    public ScoreLogWriter(FeedbackStore store) {
        this(store, DEFAULT_CAPACITY, DEFAULT_BATCH_SIZE, DEFAULT_LINGER_MILLIS);
    }

    /** A writer that writes each score as soon as it can, without lingering for more. */
    public ScoreLogWriter(FeedbackStore store, int capacity, int batchSize) {
        this(store, capacity, batchSize, 0);
    }

    /**
     * Starts the writer thread.
     *
     * @param capacity     scores held in memory at most
     * @param batchSize    scores written in one transaction at most
     * @param lingerMillis how long to wait for more scores after the first of a batch (see
     *                     {@link #DEFAULT_LINGER_MILLIS}); 0 for none
     */
    public ScoreLogWriter(FeedbackStore store, int capacity, int batchSize, long lingerMillis) {
        if (capacity < 1 || batchSize < 1 || lingerMillis < 0) {
            throw new IllegalArgumentException("capacity and batchSize must be positive and lingerMillis not negative, got "
                    + capacity + ", " + batchSize + " and " + lingerMillis);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        this.thread = new Thread(this::run, "score-log-writer");
        thread.setDaemon(true);
        // Above the HTTP threads, where the JVM maps Java priorities to the OS's (the launcher does for a root
        // serve): among a dozen runnable HTTP threads on a busy core the writer got its equal share, less than the
        // quarter of the core it needs at full load, so the queue filled and scoring requests waited for room
        // (benchmarks/http-waits.sh: 3,728 waits in 10 s, up to 69 ms each; the pinned p99 over 150 ms). Where the JVM
        // does not map priorities (not root) this changes nothing.
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /**
     * Queues a score for writing without waiting.
     *
     * @return {@code false} if the score was dropped because the queue is full or the writer is closed
     */
    public boolean offer(ScoreRecord score) {
        Objects.requireNonNull(score, "score");
        synchronized (offerLock) {
            if (!closing && queue.offer(score)) {
                accepted.incrementAndGet();
                return true;
            }
        }
        dropped.incrementAndGet();
        return false;
    }

    /**
     * Queues a score, waiting up to {@code maxWaitMillis} for room when the database is behind: the server uses
     * this so that it slows down rather than return a score it has not logged.
     *
     * @return {@code false} if there was no room in time or the writer is closed
     */
    public boolean offer(ScoreRecord score, long maxWaitMillis) throws InterruptedException {
        return offerAll(List.of(Objects.requireNonNull(score, "score")), maxWaitMillis);
    }

    /**
     * Queues every score or none, waiting up to {@code maxWaitMillis} for room for all of them: a batch answer is
     * then either wholly logged or refused, never logged in part.
     *
     * @return {@code false} if there was no room for all in time (or ever: more than the capacity) or the writer
     *         is closed; nothing was queued then
     */
    public boolean offerAll(List<ScoreRecord> scores, long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, maxWaitMillis));
        while (true) {
            synchronized (offerLock) {
                // Enqueueing and counting in one step keeps queue order and count order the same (flush() relies
                // on it); the waiting happens outside, so N waiting requests wait at most their own time each.
                if (closing) {
                    break;
                }
                // Only offers take room, and they all hold this lock: room seen here is room for every score.
                if (queue.remainingCapacity() >= scores.size()) {
                    scores.forEach(queue::add);
                    accepted.addAndGet(scores.size());
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            synchronized (progress) {
                // The writer notifies after each batch; the cap re-checks in case room appeared between the two.
                progress.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), ROOM_POLL_MILLIS)));
            }
        }
        dropped.addAndGet(scores.size());
        return false;
    }

    /**
     * Waits until every score accepted before this call has been written or has failed to write; a failure
     * shows in {@link #counts()}.
     *
     * @throws IllegalStateException if the writer thread has stopped with scores still pending
     */
    public void flush() throws InterruptedException {
        // The queue is first in, first out and counted in the same order, so once this many scores are
        // done every score accepted so far is done.
        long target = accepted.get();
        flushesWaiting.incrementAndGet();
        try {
            wakeWriter();
            synchronized (progress) {
                while (written.get() + failed.get() < target) {
                    if (!thread.isAlive()) {
                        throw new IllegalStateException("the score log writer has stopped with scores pending");
                    }
                    progress.wait(IDLE_POLL_MILLIS);
                }
            }
        } finally {
            flushesWaiting.decrementAndGet();
        }
    }

    private void wakeWriter() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** What has become of the scores offered so far. */
    public Counts counts() {
        return new Counts(accepted.get(), dropped.get(), written.get(), failed.get());
    }

    /**
     * Stops accepting scores, writes everything queued, and waits for the writer thread to end, for
     * {@link #CLOSE_TIMEOUT_MILLIS} at most: a database that hangs must not hang the shutdown too. What is then
     * still queued is lost, and logged as lost.
     */
    @Override
    public void close() {
        synchronized (offerLock) {
            closing = true;
        }
        wakeWriter();
        try {
            thread.join(CLOSE_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("the score log writer did not finish within {} ms; {} queued scores are lost",
                    CLOSE_TIMEOUT_MILLIS, queue.size());
        }
    }

    private void run() {
        List<ScoreRecord> batch = new ArrayList<>(batchSize);
        while (true) {
            ScoreRecord first;
            try {
                first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Nobody interrupts this thread on purpose; keep draining so no accepted score is abandoned.
                continue;
            }
            if (first == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            linger();
            queue.drainTo(batch, batchSize - 1);
            write(batch);
            batch.clear();
        }
    }

    /** Waits up to the linger for a batch's worth of scores, unless a flush waits or the writer is closing. */
    private void linger() {
        if (lingerNanos == 0) {
            return;
        }
        long until = System.nanoTime() + lingerNanos;
        synchronized (wake) {
            while (!closing && flushesWaiting.get() == 0 && queue.size() < batchSize - 1) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                } catch (InterruptedException e) {
                    // Nobody interrupts this thread on purpose; write what there is.
                    return;
                }
            }
        }
    }

    private void write(List<ScoreRecord> batch) {
        long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(UNAVAILABLE_RETRY_MILLIS);
        long pause = 50;
        while (true) {
            try {
                store.logScores(batch);
                written.addAndGet(batch.size());
                break;
            } catch (FeedbackStoreException | AssertionError e) {
                // An AssertionError comes from the JDBC driver (with assertions on) tidying a connection the
                // database just terminated: the database going away, retried like it, never the end of this thread.
                boolean unavailable = !(e instanceof FeedbackStoreException f) || f.isUnavailable();
                if (!unavailable || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > giveUpAt) {
                    drop(batch, e);
                    break;
                }
                LOG.warn("the score log cannot reach the database, retrying {} scores in {} ms: {}",
                        batch.size(), pause, e.getMessage());
                pauseQuietly(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            } catch (RuntimeException e) {
                drop(batch, e);
                break;
            }
        }
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void drop(List<ScoreRecord> batch, Throwable e) {
        failed.addAndGet(batch.size());
        LOG.warn("dropped {} scores that could not be written to the score log", batch.size(), e);
    }

    private static void pauseQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // Nobody interrupts this thread on purpose; the retry simply comes sooner.
        }
    }

    /**
     * Counters since the writer started.
     *
     * @param accepted scores queued by {@link #offer}
     * @param dropped  scores refused by {@link #offer}: queue full or writer closed
     * @param written  scores committed to the score log
     * @param failed   accepted scores lost because their batch could not be written
     */
    public record Counts(long accepted, long dropped, long written, long failed) {
    }
}
