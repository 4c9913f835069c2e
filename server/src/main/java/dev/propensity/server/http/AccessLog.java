package dev.propensity.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the access log from a background thread: a request only puts a small entry in a bounded queue, and the
 * line is formatted and written (to slf4j-simple's stderr, whose print stream takes a lock and makes a system call
 * per line) off the request's critical path, so a slow or contended stderr cannot add to a request's latency.
 * When the queue is full the entry is dropped and counted rather than making the request wait: the access log is
 * for reading, the metrics count every request anyway.
 */
final class AccessLog implements AutoCloseable {
    static final int CAPACITY = 8_192;
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.propensity.server.access");
    private static final long IDLE_POLL_MILLIS = 100;
    /** How long lines gather before the thread writes them, one after the other. */
    private static final long LINGER_MILLIS = 10;
    private static final long CLOSE_TIMEOUT_MILLIS = 2_000;

    /** What one line says, captured on the request thread; formatted on the log's thread. */
    record Entry(String method, String route, int status, long nanos, Object modelVersion, String requestId) {
        String line() {
            return method + " " + route + " " + status + " " + TimeUnit.NANOSECONDS.toMillis(nanos) + "ms model="
                    + (modelVersion == null ? "-" : "v" + modelVersion) + " request=" + requestId;
        }
    }

    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    AccessLog() {
        thread = new Thread(this::run, "access-log");
        thread.setDaemon(true);
        // As the score log's writer does, for the same reason: at its equal share of a busy core its queue fills
        // and lines are dropped (see ScoreLogWriter).
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Queues one line without waiting. */
    void add(Entry entry) {
        if (closing || !queue.offer(entry)) {
            dropped.incrementAndGet();
        }
    }

    /** Also hands every line to {@code listener}, on the log's thread. */
    void onLine(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Lines dropped because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(CLOSE_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Entry> batch = new ArrayList<>();
        while (true) {
            Entry entry;
            try {
                entry = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (entry != null && !closing) {
                    // Let the lines of the next few milliseconds queue up: a thread woken for every line cost a
                    // wake-up on the request's thread and a switch of the core per request.
                    Thread.sleep(LINGER_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            if (entry == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(entry);
            queue.drainTo(batch);
            for (Entry queued : batch) {
                String line = queued.line();
                ACCESS.info(line);
                listeners.forEach(listener -> listener.accept(line));
            }
            batch.clear();
        }
    }
}
