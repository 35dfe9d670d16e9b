package org.nianbao.checker.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.nianbao.checker.model.ParsedReport;

/**
 * Reads and parses the first files of a run while the rules compile. Why: compiling the DRL takes about a second
 * on one core, and the other cores would otherwise wait for it. Files are taken in input order; once stopped, no
 * new file is started and the ones being read are finished.
 */
public final class ReadAhead {

    /** Parsed reports wait here for the rules; this bounds the memory they hold. */
    private static final int MAX_FILES = 2000;

    private final ReportPipeline pipeline;
    private final List<Path> files;
    private final Map<Path, ParsedReport> parsed = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Thread> readers = new ArrayList<>();
    private volatile boolean stopped;

    private ReadAhead(ReportPipeline pipeline, List<Path> files) {
        this.pipeline = pipeline;
        this.files = files;
    }

    /** Starts {@code threads} readers over {@code files} with a pipeline that needs no rules for parsing. */
    public static ReadAhead start(ReportPipeline pipeline, List<Path> files, int threads) {
        ReadAhead ahead = new ReadAhead(pipeline, files);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(ahead::readUntilStopped, "read-ahead");
            t.setDaemon(true);
            ahead.readers.add(t);
            t.start();
        }
        return ahead;
    }

    private void readUntilStopped() {
        while (!stopped) {
            int i = next.getAndIncrement();
            if (i >= files.size() || i >= MAX_FILES) return;
            Path file = files.get(i);
            // a large file waits for its turn: read ahead, it would hold its memory until the rules are ready
            if (pipeline.isLarge(file)) continue;
            parsed.put(file, pipeline.parse(file));
        }
    }

    /** Stops reading ahead and returns what was parsed, by file; the caller checks those without reading them again. */
    public Map<Path, ParsedReport> stop() throws InterruptedException {
        stopped = true;
        for (Thread t : readers) t.join();
        return parsed;
    }
}
