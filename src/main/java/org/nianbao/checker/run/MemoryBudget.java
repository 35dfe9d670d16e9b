package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * How much of the heap the files being read may take at once, by their size. Why: four 28 MB files read at the same
 * time ran the heap out; two of them ended as "out of memory" or "time limit" while the same files read alone were
 * checked, so a file's verdict depended on what it was read next to, and the process peaked at 753 MB. Reading a
 * page or a text takes up to about {@value #BYTES_PER_FILE_BYTE} times its size (measured: a 28 MB page 435 MB of
 * live heap, a 28 MB text 272 MB); a file whose share is the whole budget is read alone. Small files are not held
 * back: their share is small.
 */
final class MemoryBudget {

    /** Heap per byte of file while it is read, parsed and checked (HTML measured at 14, text at 9). */
    static final int BYTES_PER_FILE_BYTE = 15;
    /** What the rest of a run needs besides the files in flight: the rules, sessions, held results, writers. */
    private static final long RESERVED = 100L << 20;
    private static final long MIN_SHARE = 1L << 20;

    /** One budget per process: every pipeline of a run (read-ahead, checking, re-reading for workbooks) shares it. */
    static final MemoryBudget SHARED = new MemoryBudget(Runtime.getRuntime().maxMemory());

    private final int totalMb;
    private final Semaphore free;

    MemoryBudget(long maxHeap) {
        this.totalMb = (int) Math.max(64, (maxHeap - RESERVED) >> 20);
        this.free = new Semaphore(totalMb, true); // fair: a large file waiting is not overtaken for ever
    }

    /** A share held while {@code file} is read and checked; close it to give the memory back. */
    Share acquire(Path file) throws InterruptedException {
        int mb = shareMb(file);
        free.acquire(mb);
        return new Share(mb);
    }

    /** Whether {@code file} takes more than a quarter of the budget: worth reading only when its turn comes. */
    boolean isLarge(Path file) {
        return shareMb(file) > totalMb / 4;
    }

    private int shareMb(Path file) {
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            size = 0;
        }
        long bytes = Math.max(MIN_SHARE, size * BYTES_PER_FILE_BYTE);
        return (int) Math.min(totalMb, Math.max(1, bytes >> 20));
    }

    /** The memory one file holds. */
    final class Share implements AutoCloseable {
        private final int mb;
        /** Closed by the file's thread, or by the one giving the file up (see ReportPipeline.WatchedCheck). */
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

        private Share(int mb) {
            this.mb = mb;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) free.release(mb);
        }
    }
}
