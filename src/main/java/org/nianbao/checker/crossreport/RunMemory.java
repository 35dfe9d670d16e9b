package org.nianbao.checker.crossreport;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportMemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the run remembers of each report as it is collected, in input order: its memo without the narrative texts,
 * which go to the store in batches (so memory does not grow with them), and each file's content hash. Used by
 * one thread, the one collecting results.
 */
public final class RunMemory {

    private static final Logger LOG = LoggerFactory.getLogger(RunMemory.class);
    private static final int BATCH = 256;

    private final DocumentStore store;
    private final List<ReportMemo> memos = new ArrayList<>();
    private final Map<String, String> contents = new HashMap<>();
    private List<Map.Entry<Report, ReportMemo>> pending = new ArrayList<>();
    private volatile boolean storeFailed;
    /** Batches are written on a thread of their own, while the workers go on checking. */
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "history-writer");
        t.setDaemon(true);
        return t;
    });

    /** @param store where documents go; null when the run has no store (then copies cannot be compared) */
    public RunMemory(DocumentStore store) {
        this.store = store;
    }

    /** Takes the memo of a collected report; returns the report without it. */
    public CheckedReport take(CheckedReport r) {
        ReportMemo m = r.memo();
        if (m.content() != null) {
            contents.put(r.report().file(), m.content());
            pending.add(new AbstractMap.SimpleImmutableEntry<>(r.report(), m));
            if (pending.size() >= BATCH) flush();
        }
        // with no store, the cells stay: the checks across years in this run still have them
        memos.add(store != null && m.content() != null ? m.stored() : m);
        return r.withMemo(null);
    }

    /** Hands what is pending to the writer; a failing store is logged once and the run goes on without it. */
    private void flush() {
        if (pending.isEmpty()) return;
        List<Map.Entry<Report, ReportMemo>> batch = pending;
        pending = new ArrayList<>();
        if (store == null) return;
        writer.submit(() -> {
            if (storeFailed) return;
            try {
                store.save(batch);
            } catch (IOException e) {
                storeFailed = true;
                LOG.warn("documents not stored; checks across reports use this run's reports only: {}", e.getMessage());
            }
        });
    }

    /** Writes the rest and waits until every batch is stored (or the store failed). */
    public void finish() throws InterruptedException {
        flush();
        writer.shutdown();
        writer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    public List<ReportMemo> memos() {
        return memos;
    }

    /** Content hash by report file, for the files that could be read. */
    public Map<String, String> contents() {
        return contents;
    }

    /** Whether the documents reached the store (copies need their texts there). */
    public boolean stored() {
        return store != null && !storeFailed;
    }
}
