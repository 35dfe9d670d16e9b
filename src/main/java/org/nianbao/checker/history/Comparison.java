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
 * Compares this run's findings with a recorded run, report by report (matched by agency and year, see
 * {@link Fingerprint#reportKey}). A current finding whose fingerprint the earlier run had is 仍存在, otherwise
 * 新增; an earlier finding of a report checked again whose fingerprint is gone is 已整改. Reports the earlier run
 * had but this run did not check are left out: not checking a report does not fix it.
 */
public final class Comparison {

    private Comparison() {
    }

    /** {@code previous} may be null: the first check, where every finding is 新增. */
    public static RunChanges compare(RunRecord previous, List<CheckedReport> current) {
        Map<String, List<CheckedReport>> byKey = new LinkedHashMap<>();
        for (CheckedReport r : current) byKey.computeIfAbsent(Fingerprint.reportKey(r.report()), k -> new ArrayList<>()).add(r);
        Map<String, List<FindingRecord>> before = new HashMap<>();
        if (previous != null) {
            for (ReportRecord r : previous.reports()) {
                before.computeIfAbsent(r.key(), k -> new ArrayList<>()).addAll(r.findings());
            }
        }
        Map<String, ReportChanges> byFile = new HashMap<>();
        for (Map.Entry<String, List<CheckedReport>> group : byKey.entrySet()) {
            List<FindingRecord> earlier = previous == null ? null : before.get(group.getKey());
            if (earlier == null) {
                for (CheckedReport r : group.getValue()) byFile.put(r.report().file(), ReportChanges.allNew(r));
            } else {
                byFile.putAll(compareGroup(group.getValue(), earlier));
            }
        }
        RunChanges.PreviousRun prev = previous == null ? null : new RunChanges.PreviousRun(
                previous.summary().id(), previous.summary().startedAt(), previous.summary().rulesVersion());
        return RunChanges.of(prev, byFile);
    }

    /**
     * The reports of one agency and year against that report's earlier findings. Equal fingerprints are matched
     * one to one, so two identical findings before and three now give two 仍存在 and one 新增. The 已整改 list goes
     * with the first report of the group (normally there is only one).
     */
    private static Map<String, ReportChanges> compareGroup(List<CheckedReport> reports, List<FindingRecord> earlier) {
        Map<String, Deque<FindingRecord>> open = new HashMap<>();
        for (FindingRecord f : earlier) open.computeIfAbsent(f.fingerprint(), k -> new ArrayDeque<>()).add(f);
        Set<FindingRecord> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map<Finding, FindingStatus>> statuses = new ArrayList<>();
        for (CheckedReport r : reports) {
            Map<Finding, FindingStatus> s = new IdentityHashMap<>();
            for (Finding f : r.findings()) {
                Deque<FindingRecord> same = open.get(Fingerprint.of(r.report(), f));
                FindingRecord was = same == null ? null : same.poll();
                if (was != null) matched.add(was);
                s.put(f, was != null ? FindingStatus.STILL_OPEN : FindingStatus.NEW);
            }
            statuses.add(s);
        }
        List<Finding> fixed = new ArrayList<>();
        for (FindingRecord f : earlier) if (!matched.contains(f)) fixed.add(f.toFinding());
        Map<String, ReportChanges> out = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            out.put(reports.get(i).report().file(), new ReportChanges(true, statuses.get(i), i == 0 ? fixed : List.of()));
        }
        return out;
    }
}
