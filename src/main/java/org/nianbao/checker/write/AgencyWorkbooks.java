package org.nianbao.checker.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;

/**
 * Writes one workbook per agency for a whole run: reports are grouped by agency, each group goes to a safe,
 * unique file name, and reports without an identified agency each get a workbook named after their file.
 */
public final class AgencyWorkbooks {

    private AgencyWorkbooks() {
    }

    /**
     * Writes every agency's workbook into {@code outDir} and returns, for each report's {@code file}, the
     * workbook it went to (for the summary). {@code names} should be the run's single {@link SafeFileNames}.
     */
    public static Map<String, Path> writeAll(Path outDir, List<CheckedReport> reports, RunInfo run,
                                             SafeFileNames names) throws IOException {
        return writeAll(outDir, reports, run, names, RunChanges.NONE, r -> r, done -> { });
    }

    /**
     * As {@link #writeAll(Path, List, RunInfo, SafeFileNames)}, with the comparison to the previous check in each
     * workbook when {@code changes} are tracked; {@code whole} gives a report back with everything a workbook
     * shows (a run may hold only part of it, see run.TableDetail), on the writer's thread; {@code progress} is
     * told the number of reports written so far.
     */
    public static Map<String, Path> writeAll(Path outDir, List<CheckedReport> reports, RunInfo run,
                                             SafeFileNames names, RunChanges changes,
                                             UnaryOperator<CheckedReport> whole, IntConsumer progress)
            throws IOException {
        Map<String, List<CheckedReport>> byWorkbook = new LinkedHashMap<>();
        for (CheckedReport report : reports) {
            byWorkbook.computeIfAbsent(names.forReport(report.report()), k -> new ArrayList<>()).add(report);
        }
        // each workbook is independent: write them on all cores (17 s → about half for 1,000 agencies on two)
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byWorkbook.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workbook-writer");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Map<String, Path> written = new LinkedHashMap<>();
        try (AtomicOutput.Batch outputs = new AtomicOutput.Batch()) {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<String, List<CheckedReport>> group : byWorkbook.entrySet()) {
                Path target = outDir.resolve(group.getKey() + ".xlsx");
                String agency = group.getValue().get(0).report().agency();
                for (CheckedReport report : group.getValue()) written.put(report.report().file(), target);
                futures.add(pool.submit(() -> {
                    List<CheckedReport> complete = group.getValue().stream().map(whole).toList();
                    outputs.write(target, out -> AgencyWorkbookWriter.write(out, agency, complete, run, changes));
                    progress.accept(done.addAndGet(group.getValue().size()));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing workbooks");
        } finally {
            pool.shutdownNow();
        }
        return written;
    }
}
