package org.nianbao.checker.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * This run compared with an earlier one, for the outputs: which run it was compared with (none on the first
 * check) and, per report file, its {@link ReportChanges}. {@link #NONE} means no comparison was made at all, and
 * writers then leave the 状态 columns out.
 */
public final class RunChanges {

    /** The earlier run: its id (as {@code checker runs} lists it), when it ran and with which rules. */
    public record PreviousRun(String id, Instant startedAt, String rulesVersion) {
    }

    public static final RunChanges NONE = new RunChanges(false, null, Map.of());

    private final boolean tracked;
    private final PreviousRun previous;
    private final Map<String, ReportChanges> byFile;

    private RunChanges(boolean tracked, PreviousRun previous, Map<String, ReportChanges> byFile) {
        this.tracked = tracked;
        this.previous = previous;
        this.byFile = new HashMap<>(byFile);
    }

    /**
     * @param previous the run compared with, or null on the first check (every finding 新增)
     * @param byFile   changes per report, keyed by {@link Report#file()}
     */
    public static RunChanges of(PreviousRun previous, Map<String, ReportChanges> byFile) {
        return new RunChanges(true, previous, byFile);
    }

    /** Whether a comparison was made (also true on the first check, where everything is 新增). */
    public boolean tracked() {
        return tracked;
    }

    /** The run compared with; null on the first check or when not tracked. */
    public PreviousRun previous() {
        return previous;
    }

    /**
     * Whether the earlier run used other rules (another version of the rule folder, settings.yaml included) than
     * {@code currentVersion}: then some 新增 and 已整改 may come from the rules, not from the reports.
     */
    public boolean rulesChanged(String currentVersion) {
        return previous != null && previous.rulesVersion() != null && !previous.rulesVersion().equals(currentVersion);
    }

    /** The sentence the outputs add when {@link #rulesChanged}; empty otherwise. */
    public String rulesChangedNote(String currentVersion) {
        if (!rulesChanged(currentVersion)) return "";
        return "规则已修改（上次版本 " + previous.rulesVersion() + "，本次 " + currentVersion + "，包括 settings.yaml 的修改），"
                + "部分「新增」或「已整改」可能来自规则的修改，而不是报告的变化。";
    }

    public boolean firstCheck() {
        return tracked && previous == null;
    }

    /** The changes of one report; every finding 新增 when the report is unknown. */
    public ReportChanges of(CheckedReport report) {
        ReportChanges c = byFile.get(report.report().file());
        return c != null ? c : ReportChanges.allNew(report);
    }

    /** The same comparison with each report's changes passed through {@code f} (given the report's file). */
    public RunChanges map(java.util.function.BiFunction<String, ReportChanges, ReportChanges> f) {
        if (!tracked) return this;
        Map<String, ReportChanges> out = new HashMap<>();
        byFile.forEach((file, c) -> out.put(file, f.apply(file, c)));
        return new RunChanges(true, previous, out);
    }

    /** Totals over all reports of this run. */
    public long count(FindingStatus status) {
        return byFile.values().stream().mapToLong(c -> c.count(status)).sum();
    }
}
