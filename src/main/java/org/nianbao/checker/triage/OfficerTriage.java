package org.nianbao.checker.triage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.history.Fingerprint;
import org.nianbao.checker.history.RunStore;
import org.nianbao.checker.history.TriageStore;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Triage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officers' triage in a run: read from the workbook they edited (the previous summary.xlsx, or --triage FILE),
 * stored, and applied: findings marked 误报 are set aside (no agency workbook, no verdict, no 新增 / 已整改 count),
 * every decision and note is carried to the new summary. A finding whose rule, subject or evidence changed has
 * another triage key and is new again.
 */
public final class OfficerTriage {

    private static final Logger LOG = LoggerFactory.getLogger(OfficerTriage.class);

    /** The reports as the agencies see them, the triage as the summary shows it. */
    public record Applied(List<CheckedReport> reports, RunTriage triage) {
    }

    private OfficerTriage() {
    }

    /**
     * Reads {@code workbook} when it exists, stores what officers wrote and returns every stored decision. A
     * workbook that cannot be read, or a store that cannot be written, is said on {@code err} and the run goes on
     * with what is stored.
     */
    public static Map<String, Triage> load(RunStore store, Path workbook, PrintWriter err) {
        TriageStore triage;
        try {
            triage = new TriageStore(store.db());
        } catch (IOException e) {
            err.println("无法打开检查记录数据库，本次不使用处理意见 / triage not used: " + e.getMessage());
            return Map.of();
        }
        if (workbook != null && Files.isRegularFile(workbook)) {
            try {
                TriageSheetReader.Result read = TriageSheetReader.read(workbook);
                for (String p : read.problems()) err.println(workbook.getFileName() + "「问题处理」：" + p);
                int changed = triage.record(read.entries());
                if (changed > 0) LOG.info("{} triage decision(s) or note(s) read from {}", changed, workbook);
            } catch (IOException e) {
                LOG.warn("triage not read from {}", workbook, e);
                err.println("未能读取 " + workbook + " 中的处理意见（" + e.getMessage() + "），沿用已保存的处理意见"
                        + " / the triage in that workbook could not be read; the stored triage is used");
            }
        }
        try {
            return triage.all();
        } catch (IOException e) {
            err.println("无法读取已保存的处理意见 / cannot read the stored triage: " + e.getMessage());
            return Map.of();
        }
    }

    /** Sets the 误报 findings aside; the reports keep every other finding in order. */
    public static Applied apply(List<CheckedReport> reports, Map<String, Triage> decisions) {
        Map<String, List<Finding>> dismissed = new HashMap<>();
        RunTriage lookup = new RunTriage(decisions, Map.of(), Fingerprint::triageKey);
        List<CheckedReport> kept = new ArrayList<>(reports.size());
        for (CheckedReport r : reports) {
            List<Finding> stay = new ArrayList<>(r.findings().size());
            for (Finding f : r.findings()) {
                Triage t = lookup.of(r.report(), f);
                if (t != null && t.falseAlarm()) dismissed.computeIfAbsent(r.report().file(), k -> new ArrayList<>()).add(f);
                else stay.add(f);
            }
            kept.add(stay.size() == r.findings().size() ? r : r.withFindings(stay));
        }
        return new Applied(kept, new RunTriage(decisions, dismissed, Fingerprint::triageKey));
    }

    /** The comparison without what was set aside: a 误报 is neither 新增 nor, once gone, 已整改. */
    public static RunChanges withoutDismissed(RunChanges changes, List<CheckedReport> reports, Map<String, Triage> decisions) {
        if (decisions.isEmpty()) return changes;
        Map<String, Report> byFile = new HashMap<>();
        for (CheckedReport r : reports) byFile.put(r.report().file(), r.report());
        return changes.map((file, c) -> {
            Report report = byFile.get(file);
            if (report == null) return c;
            return c.without(f -> {
                Triage t = decisions.get(Fingerprint.triageKey(report, f));
                return t != null && t.falseAlarm();
            });
        });
    }
}
