package org.nianbao.checker.read;

import java.time.Duration;

/**
 * How long one file may take to read. A file gets {@code --max-seconds}; a scan gets that much for every page it
 * has to recognise (OCR takes seconds a page where text extraction takes milliseconds), up to a cap per file so that
 * a 500-page scan cannot hold a run for hours. The reader asks for the pages' time when it knows how many there are;
 * the pipeline's guard and the OCR processes both watch the same deadline.
 */
public final class ReadingTime {

    private final long start = System.nanoTime();
    private final Duration perPage;
    private final Duration cap;
    private volatile long deadline;

    private ReadingTime(Duration perFile, Duration cap) {
        this.perPage = perFile;
        this.cap = cap.compareTo(perFile) < 0 ? perFile : cap;
        this.deadline = start + perFile.toNanos();
    }

    /** @param perFile the time of a file, and of each recognised page; @param cap the most a scanned file gets */
    public static ReadingTime start(Duration perFile, Duration cap) {
        return new ReadingTime(perFile, cap);
    }

    /** No limit beyond a day: for tools and tests that read one file on their own. */
    public static ReadingTime unlimited() {
        return new ReadingTime(Duration.ofDays(1), Duration.ofDays(1));
    }

    /** The file has {@code pages} pages to recognise: each gets the per-page time, together at most the cap. */
    public void allowPages(int pages) {
        long allowed = Math.min(cap.toNanos(), perPage.toNanos() * Math.max(1L, pages));
        deadline = Math.max(deadline, start + allowed);
    }

    public long remainingMillis() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** How long ago the time ran out; 0 while it has not. */
    public long overdueMillis() {
        return Math.max(0, (System.nanoTime() - deadline) / 1_000_000);
    }

    public boolean expired() {
        return deadline - System.nanoTime() <= 0;
    }

    /** Seconds the file has been given so far, for the message when it runs out. */
    public long allowedSeconds() {
        return Math.round((deadline - start) / 1e9);
    }

    /** Stops the reading when the time is up (between pages and batches). */
    public void check() {
        if (expired() || Thread.currentThread().isInterrupted()) throw new Exceeded();
    }

    /** The file's time ran out while it was being read. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("reading time exceeded", null, false, false);
        }
    }
}
