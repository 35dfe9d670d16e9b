package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per output folder. Why: two runs writing into one folder interleaved their checker.log lines
 * and could each move in half of their outputs; and a starting run removes the temporary files a killed run left,
 * which must not be those of a run still writing. The lock is an operating-system lock on a hidden file in the
 * folder, so it is released when the process ends, however it ends: a killed run never blocks the next.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = ".checker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code outDir}, or empty when another run holds it. */
    public static Optional<RunLock> tryAcquire(Path outDir) throws IOException {
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

    /** Waits for the lock of {@code outDir} (another process holds it now). */
    public static RunLock await(Path outDir) throws IOException {
        FileChannel channel = FileChannel.open(outDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            while (true) {
                try {
                    return new RunLock(channel, channel.lock());
                } catch (OverlappingFileLockException heldInThisProcess) {
                    // a check in this same JVM holds it: the OS would not make us wait for our own process
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + outDir.resolve(FILE_NAME), e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
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
