package dev.propensity.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * File writes that survive a crash or a power cut: contents forced to disk before they are made visible,
 * and folders forced after a name in them changes.
 */
final class DurableFiles {
    private DurableFiles() {
    }

    /** Writes a new file (failing if it exists) and forces its contents to disk. */
    static void writeNew(Path file, byte[] bytes) throws IOException {
        write(file, bytes, StandardOpenOption.CREATE_NEW);
    }

    /** Writes a file, replacing what was there, and forces its contents to disk. */
    static void overwrite(Path file, byte[] bytes) throws IOException {
        write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void write(Path file, byte[] bytes, StandardOpenOption... how) throws IOException {
        try (FileChannel channel = FileChannel.open(file, with(how, StandardOpenOption.WRITE))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Appends bytes to a file, creating it if needed, and forces them to disk. */
    static void append(Path file, byte[] bytes) throws IOException {
        boolean created = !Files.exists(file);
        write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (created) {
            syncFolder(file.getParent());
        }
    }

    /** Moves a file or folder onto its final name in one step, so a reader sees the old or the new, never half. */
    static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Forces a folder's entries to disk so that a rename or a new file in it survives a power cut.
     * Some systems (Windows) cannot open a folder for this; there the rename is as durable as the system makes it.
     */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort by design: see the method's comment.
        }
    }

    /** Makes each file in a folder read-only, so that a published version is not changed by accident. */
    static void makeReadOnly(Path folder) throws IOException {
        for (Path file : list(folder)) {
            if (Files.isRegularFile(file) && !file.toFile().setReadOnly()) {
                throw new IOException("cannot make " + file + " read-only");
            }
        }
    }

    /** Deletes a folder and everything under it, read-only files included. */
    static void deleteTree(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            // Windows refuses to delete a read-only file; POSIX does not care, so this is harmless there.
            path.toFile().setWritable(true);
            Files.deleteIfExists(path);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private static StandardOpenOption[] with(StandardOpenOption[] options, StandardOpenOption extra) {
        StandardOpenOption[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = extra;
        return all;
    }
}
