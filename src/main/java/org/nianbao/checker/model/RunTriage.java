package org.nianbao.checker.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The officers' triage as it applies to this run: the decision and note of each finding (by its triage key, see
 * history.Fingerprint), and, per report file, the findings set aside as 误报, which no agency workbook shows.
 */
public final class RunTriage {

    public static final RunTriage NONE = new RunTriage(Map.of(), Map.of(), (r, f) -> null);

    private final Map<String, Triage> byKey;
    private final Map<String, List<Finding>> dismissed;
    private final BiFunction<Report, Finding, String> keyOf;
    private final Map<Finding, String> keys = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param byKey     every stored decision, by triage key
     * @param dismissed per report file, its findings marked 误报
     * @param keyOf     the triage key of a report's finding
     */
    public RunTriage(Map<String, Triage> byKey, Map<String, List<Finding>> dismissed, BiFunction<Report, Finding, String> keyOf) {
        this.byKey = Map.copyOf(byKey);
        this.dismissed = Map.copyOf(dismissed);
        this.keyOf = keyOf;
    }

    /** The triage key of a finding of {@code report}. */
    public String key(Report report, Finding f) {
        return keys.computeIfAbsent(f, x -> keyOf.apply(report, x));
    }

    /** What the officers recorded about this finding; null when nothing. */
    public Triage of(Report report, Finding f) {
        if (byKey.isEmpty()) return null;
        String k = key(report, f);
        return k == null ? null : byKey.get(k);
    }

    /** The findings of {@code report} set aside as 误报. */
    public List<Finding> dismissed(CheckedReport report) {
        return dismissed.getOrDefault(report.report().file(), List.of());
    }

    public long dismissedCount() {
        return dismissed.values().stream().mapToLong(List::size).sum();
    }
}
