package dev.propensity.data;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads another row source on a thread of its own, a batch of rows ahead of the caller, so that parsing the file
 * (FastCSV's part, about a quarter of loading a large CSV export) runs on the second core while the caller types
 * the values. The rows, their positions and any failure reach the caller in file order, exactly as the source
 * would hand them over: a {@link DataException} or {@link IOException} is rethrown unchanged after the rows read
 * before it.
 */
final class PrefetchingRowSource implements RowSource {
    /** Rows per hand-over: large enough that the queue costs nothing per row, small enough to start at once. */
    private static final int BATCH = 1024;
    /** Batches read ahead: a few megabytes of rows at most, however large the file. */
    private static final int AHEAD = 8;

    /** Rows read by the source, each with the position the source gave for it; a failure or the end after them. */
    private record Batch(String[][] rows, String[] positions, int size, Throwable failure, boolean last) {
    }

    private final RowSource source;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Batch batch;
    private int next;
    private String position;

    PrefetchingRowSource(RowSource source, String name) {
        this.source = source;
        this.position = source.position();
        // A daemon: a caller that gives up without closing must not keep the JVM alive.
        this.reader = new Thread(this::readAhead, "propensity-read-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            boolean last = false;
            while (!last && !closed) {
                String[][] rows = new String[BATCH][];
                String[] positions = new String[BATCH];
                int size = 0;
                Throwable failure = null;
                try {
                    while (size < BATCH) {
                        String[] row = source.next();
                        if (row == null) {
                            last = true;
                            break;
                        }
                        rows[size] = row;
                        positions[size++] = source.position();
                    }
                } catch (IOException | RuntimeException | Error e) {
                    // Handed over with the rows before it; a reader that died silently would leave the caller waiting.
                    failure = e;
                }
                last |= failure != null;
                ready.put(new Batch(rows, positions, size, failure, last));
            }
        } catch (InterruptedException e) {
            // closed by the caller while waiting for room: nothing more to read
        }
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public String[] next() throws IOException {
        while (batch == null || next == batch.size()) {
            if (batch != null && batch.failure() instanceof IOException e) {
                throw e;
            }
            if (batch != null && batch.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (batch != null && batch.failure() instanceof Error e) {
                throw e;
            }
            if (batch != null && batch.last()) {
                return null;
            }
            try {
                batch = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading rows", e);
            }
            next = 0;
        }
        position = batch.positions()[next];
        return batch.rows()[next++];
    }

    @Override
    public String position() {
        return position;
    }

    /** Stops the reading thread before closing the source, which must not be closed while it is being read. */
    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
