package org.nianbao.checker.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.nianbao.checker.crossreport.RunMemory;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.rules.CheckerSettings;

/**
 * The files of a run checked on worker threads, the results in input order. Only a window of files is in flight
 * ahead of the one being collected, so a slow file does not let finished reports pile up.
 */
public final class ParallelChecks {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParallelChecks.class);

    private final ReportPipeline pipeline;
    private final CheckerSettings settings;
    private final int workers;

    /** Checks with {@code pipeline} on {@code threads} workers; {@code settings} word the DUPLICATE_FILE findings. */
    public ParallelChecks(ReportPipeline pipeline, CheckerSettings settings, int threads) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.workers = Math.max(1, threads);
    }

    /**
     * Checks every file of {@code files}. A file in {@code parsedAhead} was read while the rules compiled and is not
     * read again; a file in {@code copyOf} repeats an earlier one byte for byte: it is not checked again, its entry
     * names the first. Each report goes to {@code checked} as it is collected (for the console), then to
     * {@code memory} and {@code detail}, which decides how much of it the run holds until the outputs are written.
     */
    public List<CheckedReport> checkAll(List<Path> files, Map<Path, ParsedReport> parsedAhead, Map<Path, Path> copyOf,
                                        TableDetail detail, RunMemory memory, Consumer<CheckedReport> checked)
            throws InterruptedException {
        int window = 64 * workers;
        try (Workers pool = new Workers(workers)) {
            List<ReportPipeline.WatchedCheck> running = new ArrayList<>(files.size());
            Map<Path, CheckedReport> firstCopies = new HashMap<>();
            Set<Path> repeated = new HashSet<>(copyOf.values());
            IntConsumer submit = i -> {
                Path f = files.get(i);
                if (copyOf.containsKey(f)) {
                    running.add(null); // its entry is made from the first copy's when collected
                    return;
                }
                ParsedReport ready = parsedAhead.remove(f);
                running.add(pool.submit(ready != null ? pipeline.watched(ready) : pipeline.watched(f)));
            };
            for (int i = 0; i < Math.min(window, files.size()); i++) submit.accept(i);
            List<CheckedReport> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path first = copyOf.get(files.get(i));
                CheckedReport r = first != null ? DuplicateInputs.entry(files.get(i), firstCopies.get(first), settings)
                        : pool.await(running.get(i));
                if (repeated.contains(files.get(i))) firstCopies.put(files.get(i), r);
                running.set(i, null);
                if (i + window < files.size()) submit.accept(i + window);
                checked.accept(r);
                LOG.debug("{}: {} finding(s)", files.get(i), r.findings().size());
                results.add(detail.hold(memory.take(r)));
            }
            memory.finish();
            return results;
        }
    }

    /**
     * The worker threads, each taking the next file in turn. A worker stuck in a file that was given up is not
     * waited for: another starts in its place, and the stuck one stops when (if ever) the file lets it go.
     */
    private static final class Workers implements AutoCloseable {

        private final BlockingQueue<ReportPipeline.WatchedCheck> queue = new LinkedBlockingQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        Workers(int count) {
            for (int i = 0; i < count; i++) start();
        }

        private void start() {
            Thread t = new Thread(this::work, "check-worker");
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }

        private void work() {
            try {
                while (queue.take().run()) {
                    // next file
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }

        ReportPipeline.WatchedCheck submit(ReportPipeline.WatchedCheck check) {
            queue.add(check);
            return check;
        }

        CheckedReport await(ReportPipeline.WatchedCheck check) throws InterruptedException {
            CheckedReport r = check.await();
            if (check.givenUp()) start();
            return r;
        }

        /** Files not started are dropped (a run stopped early does not go on checking them), then the workers stop. */
        @Override
        public void close() {
            queue.clear();
            threads.forEach(Thread::interrupt);
        }
    }
}
