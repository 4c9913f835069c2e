package dev.propensity.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry's exclusive write lock: an OS file lock on {@code <root>/.lock}, so two processes never
 * publish or promote at once, plus an in-process lock per folder, because the JVM hands out a file lock
 * once per process and throws if a second thread asks for the same file.
 */
final class RegistryLock implements AutoCloseable {
    static final String FILE = ".lock";
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private RegistryLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits for and takes the lock of the registry at {@code root}, creating the folder if needed. */
    static RegistryLock acquire(Path root) {
        Path folder;
        try {
            Files.createDirectories(root);
            folder = root.toRealPath();
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot create the model registry folder " + root + ": " + e.getMessage(), e);
        }
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        threadLock.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new RegistryLock(threadLock, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            threadLock.unlock();
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot lock the model registry " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        } finally {
            closeQuietly(channel);
            threadLock.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more can be done; the OS drops the lock when the process ends.
        }
    }
}
