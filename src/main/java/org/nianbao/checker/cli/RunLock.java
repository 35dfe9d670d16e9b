package org.nianbao.checker.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per output folder. Why: two runs writing into one folder interleaved their checker.log lines
 * and could each move in half of their outputs. The lock is an operating-system lock on a hidden file in the
 * folder, so it is released when the process ends, however it ends.
 */
final class RunLock implements AutoCloseable {

    static final String FILE_NAME = ".checker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code outDir}, or empty when another run holds it. */
    static Optional<RunLock> tryAcquire(Path outDir) throws IOException {
        FileChannel channel = FileChannel.open(outDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return Optional.of(new RunLock(channel, lock));
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another run in this JVM (tests run commands in-process) holds it
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
