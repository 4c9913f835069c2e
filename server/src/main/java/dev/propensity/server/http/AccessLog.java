package dev.propensity.server.http;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * line is formatted and written off the request's critical path, so a slow or contended stderr cannot add to a
 * request's latency. When the queue is full the entry is dropped and counted rather than making the request wait:
 * the access log is for reading, the metrics count every request anyway.
 *
 * <p>The lines read as slf4j-simple prints them ({@code [access-log] INFO dev.propensity.server.access - ...}) and
 * are switched off as its lines are (the logger's level), but the thread writes a batch's lines to stderr itself, in
 * one piece: slf4j-simple flushes its stream after every line, a system call per request that cost the core about
 * 3 µs a request under load, a tenth of a bare request's whole cost.
 */
final class AccessLog implements AutoCloseable {
    static final int CAPACITY = 8_192;
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.propensity.server.access");
    private static final String THREAD_NAME = "access-log";
    /** What slf4j-simple's default layout puts before a message of this logger on this thread. */
    private static final String PREFIX = "[" + THREAD_NAME + "] INFO " + ACCESS.getName() + " - ";
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
    private final PrintStream out;
    private final boolean enabled;
    private final Thread thread;
    private volatile boolean closing;

    AccessLog() {
        this(System.err, ACCESS.isInfoEnabled());
    }

    /**
     * @param out     where the lines go
     * @param enabled whether they are written at all (listeners get them either way)
     */
    AccessLog(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
        thread = new Thread(this::run, THREAD_NAME);
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
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Entry> batch) {
        StringBuilder lines = new StringBuilder(batch.size() * 128);
        for (Entry queued : batch) {
            String line = queued.line();
            if (enabled) {
                lines.append(PREFIX).append(line).append(System.lineSeparator());
            }
            listeners.forEach(listener -> listener.accept(line));
        }
        if (lines.length() > 0) {
            // One write of the batch's bytes: a byte array longer than the stream's buffer goes straight to the file
            // descriptor, and printing characters would have run them through the stream's encoder first.
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            out.flush();
        }
    }
}
