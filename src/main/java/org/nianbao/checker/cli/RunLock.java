package org.nianbao.checker.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells a check whether another one is writing the same output folder right now: every check holds a shared lock
 * on {@code <out>/.runs/checker.lock} while it runs. Why: a check starting removes the temporary files a killed run
 * left behind, and must not take those of a check still writing them. The operating system releases the lock of a
 * process that dies, so a killed run never blocks the next.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean alone;

    private RunLock(FileChannel channel, FileLock lock, boolean alone) {
        this.channel = channel;
        this.lock = lock;
        this.alone = alone;
    }

    /** Takes the shared lock of {@code outDir}, noting first whether any other check held it. */
    static RunLock take(Path outDir) throws IOException {
        Path file = outDir.resolve(".runs").resolve("checker.lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        boolean alone;
        try {
            FileLock exclusive = channel.tryLock(0, Long.MAX_VALUE, false);
            alone = exclusive != null;
            if (exclusive != null) exclusive.release();
        } catch (OverlappingFileLockException e) {
            alone = false; // another check in this same process
        }
        FileLock shared;
        try {
            shared = channel.lock(0, Long.MAX_VALUE, true);
        } catch (OverlappingFileLockException e) {
            shared = null;
        }
        return new RunLock(channel, shared, alone);
    }

    /** Whether no other check was running on this output folder when this one started. */
    boolean alone() {
        return alone;
    }

    @Override
    public void close() {
        try {
            if (lock != null) lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
