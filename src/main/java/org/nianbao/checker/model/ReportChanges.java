package org.nianbao.checker.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report compared with the previous run: the status of each of its current findings (by identity, so two
 * equal findings can differ) and the findings of the previous run that are gone (已整改).
 *
 * @see RunChanges
 */
public final class ReportChanges {

    private final boolean compared;
    private final Map<Finding, FindingStatus> statuses;
    private final List<Finding> fixed;

    /**
     * @param compared whether the previous run checked this report (by agency and year); when not, every finding
     *                 is 新增 and nothing is 已整改
     * @param statuses the status of each current finding, keyed by the finding instance
     * @param fixed    findings of the previous run whose fingerprint is gone, as they were recorded then
     */
    public ReportChanges(boolean compared, Map<Finding, FindingStatus> statuses, List<Finding> fixed) {
        this.compared = compared;
        this.statuses = new IdentityHashMap<>(statuses);
        this.fixed = List.copyOf(fixed);
    }

    /** Every finding 新增, nothing fixed: the first check of {@code report}. */
    public static ReportChanges allNew(CheckedReport report) {
        Map<Finding, FindingStatus> all = new IdentityHashMap<>();
        for (Finding f : report.findings()) all.put(f, FindingStatus.NEW);
        return new ReportChanges(false, all, List.of());
    }

    public boolean compared() {
        return compared;
    }

    /** 新增 for a finding this object does not know. */
    public FindingStatus statusOf(Finding finding) {
        return statuses.getOrDefault(finding, FindingStatus.NEW);
    }

    public List<Finding> fixed() {
        return fixed;
    }

    /** The same without the findings {@code setAside} says no agency sees (the 误报), current or fixed. */
    public ReportChanges without(java.util.function.Predicate<Finding> setAside) {
        Map<Finding, FindingStatus> kept = new IdentityHashMap<>();
        statuses.forEach((f, s) -> {
            if (!setAside.test(f)) kept.put(f, s);
        });
        return new ReportChanges(compared, kept, fixed.stream().filter(f -> !setAside.test(f)).toList());
    }

    public long count(FindingStatus status) {
        if (status == FindingStatus.FIXED) return fixed.size();
        return statuses.values().stream().filter(s -> s == status).count();
    }
}
