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
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.RunResults;

/**
 * Writes one workbook per agency for a whole run: reports are grouped by agency, each group goes to a safe,
 * unique file name, and reports without an identified agency each get a workbook named after their file.
 */
public final class AgencyWorkbooks implements OutputWriter {

    private final SafeFileNames names;
    private final UnaryOperator<CheckedReport> whole;
    private final IntConsumer progress;

    /**
     * {@code names} should be the run's single {@link SafeFileNames}; {@code whole} gives a report back with
     * everything a workbook shows (a run may hold only part of it, see run.TableDetail), on the writer's thread;
     * {@code progress} is told the number of reports written so far.
     */
    public AgencyWorkbooks(SafeFileNames names, UnaryOperator<CheckedReport> whole, IntConsumer progress) {
        this.names = names;
        this.whole = whole;
        this.progress = progress;
    }

    /** The name of the workbook {@code report} goes to ("某某区教育局.xlsx"), for the summary's column 机关工作簿. */
    public String fileName(Report report) {
        return names.forReport(report) + ".xlsx";
    }

    /**
     * Writes every agency's workbook into the folder {@code outDir}, with the comparison to the previous check in
     * each when the changes are tracked.
     */
    @Override
    public void write(RunResults results, Path outDir) throws IOException {
        List<CheckedReport> reports = results.reports();
        RunInfo run = results.run();
        RunChanges changes = results.changes();
        Map<String, List<CheckedReport>> byWorkbook = new LinkedHashMap<>();
        for (CheckedReport report : reports) {
            byWorkbook.computeIfAbsent(fileName(report.report()), k -> new ArrayList<>()).add(report);
        }
        // each workbook is independent: write them on all cores (17 s → about half for 1,000 agencies on two)
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byWorkbook.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workbook-writer");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try (AtomicOutput.Batch outputs = new AtomicOutput.Batch()) {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<String, List<CheckedReport>> group : byWorkbook.entrySet()) {
                Path target = outDir.resolve(group.getKey());
                String agency = group.getValue().get(0).report().agency();
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
    }
}
