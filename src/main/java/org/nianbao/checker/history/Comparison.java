package org.nianbao.checker.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.history.RunRecord.FindingRecord;
import org.nianbao.checker.history.RunRecord.ReportRecord;

/**
 * Compares this run's findings with a recorded run, report by report. A report is matched with the earlier one of
 * the same agency and year ({@link Fingerprint#reportKey}) that is the same document: the same content, else the
 * same file name, else the only one of that agency and year on both sides (a resubmission under a new name). So a
 * v1 and a corrected v2 of one agency's report each keep their own history and never cancel each other. A current
 * finding whose fingerprint the matched report had is 仍存在, otherwise 新增; an earlier finding of a report checked
 * again whose fingerprint is gone is 已整改. Reports the earlier run had but this run did not check are left out:
 * not checking a report does not fix it.
 */
public final class Comparison {

    private Comparison() {
    }

    /** {@code previous} may be null: the first check, where every finding is 新增. */
    public static RunChanges compare(RunRecord previous, List<CheckedReport> current) {
        return compare(previous, current, Map.of());
    }

    /** As {@link #compare(RunRecord, List)}; {@code contents} gives each current file's content hash, where known. */
    public static RunChanges compare(RunRecord previous, List<CheckedReport> current, Map<String, String> contents) {
        Map<String, List<CheckedReport>> byKey = new LinkedHashMap<>();
        for (CheckedReport r : current) byKey.computeIfAbsent(Fingerprint.reportKey(r.report()), k -> new ArrayList<>()).add(r);
        Map<String, List<ReportRecord>> before = new HashMap<>();
        if (previous != null) {
            for (ReportRecord r : previous.reports()) before.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        Map<String, ReportChanges> byFile = new HashMap<>();
        for (Map.Entry<String, List<CheckedReport>> group : byKey.entrySet()) {
            List<ReportRecord> earlier = before.getOrDefault(group.getKey(), List.of());
            Map<CheckedReport, ReportRecord> pairs = sameDocuments(group.getValue(), earlier, contents);
            for (CheckedReport r : group.getValue()) {
                ReportRecord was = pairs.get(r);
                byFile.put(r.report().file(), was == null ? ReportChanges.allNew(r) : compareReport(r, was.findings()));
            }
        }
        RunChanges.PreviousRun prev = previous == null ? null : new RunChanges.PreviousRun(
                previous.summary().id(), previous.summary().startedAt(), previous.summary().rulesVersion());
        return RunChanges.of(prev, byFile);
    }

    /**
     * Which earlier report each current one of the same agency and year is: the same content first, then the same
     * file name, then the single one left on each side. Identity-keyed: two current reports may be equal records.
     */
    static Map<CheckedReport, ReportRecord> sameDocuments(List<CheckedReport> now, List<ReportRecord> before,
                                                          Map<String, String> contents) {
        Map<CheckedReport, ReportRecord> pairs = new IdentityHashMap<>();
        List<CheckedReport> openNow = new ArrayList<>(now);
        List<ReportRecord> openBefore = new ArrayList<>(before);
        for (int pass = 0; pass < 2; pass++) {
            for (java.util.Iterator<CheckedReport> it = openNow.iterator(); it.hasNext(); ) {
                CheckedReport r = it.next();
                String content = contents.get(r.report().file());
                for (java.util.Iterator<ReportRecord> b = openBefore.iterator(); b.hasNext(); ) {
                    ReportRecord was = b.next();
                    boolean same = pass == 0
                            ? content != null && content.equals(was.content())
                            : java.util.Objects.equals(r.report().fileName(), was.fileName());
                    if (same) {
                        pairs.put(r, was);
                        it.remove();
                        b.remove();
                        break;
                    }
                }
            }
        }
        if (openNow.size() == 1 && openBefore.size() == 1 && before.size() == 1 && now.size() == 1) {
            pairs.put(openNow.get(0), openBefore.get(0));
        }
        return pairs;
    }

    /**
     * One report against the earlier findings of the same document. Equal fingerprints are matched one to one, so
     * two identical findings before and three now give two 仍存在 and one 新增.
     */
    private static ReportChanges compareReport(CheckedReport r, List<FindingRecord> earlier) {
        Map<String, Deque<FindingRecord>> open = new HashMap<>();
        for (FindingRecord f : earlier) open.computeIfAbsent(f.fingerprint(), k -> new ArrayDeque<>()).add(f);
        Set<FindingRecord> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Finding, FindingStatus> s = new IdentityHashMap<>();
        for (Finding f : r.findings()) {
            Deque<FindingRecord> same = open.get(Fingerprint.of(r.report(), f));
            FindingRecord was = same == null ? null : same.poll();
            if (was != null) matched.add(was);
            s.put(f, was != null ? FindingStatus.STILL_OPEN : FindingStatus.NEW);
        }
        List<Finding> fixed = new ArrayList<>();
        for (FindingRecord f : earlier) if (!matched.contains(f)) fixed.add(f.toFinding());
        return new ReportChanges(true, s, fixed);
    }
}
