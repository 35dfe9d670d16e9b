package org.nianbao.checker.model;

import java.util.List;

/**
 * A parsed report with the findings the rules produced for it: what the writers receive. {@code memo} is what the
 * report leaves for the checks across reports ({@link ReportMemo}); the run takes it when the report is collected.
 */
public record CheckedReport(ParsedReport parsed, List<Finding> findings, ReportMemo memo) {

    public CheckedReport {
        findings = List.copyOf(findings);
        if (memo == null) memo = ReportMemo.NONE;
    }

    public CheckedReport(ParsedReport parsed, List<Finding> findings) {
        this(parsed, findings, ReportMemo.NONE);
    }

    public CheckedReport withMemo(ReportMemo m) {
        return new CheckedReport(parsed, findings, m);
    }

    public CheckedReport withFindings(List<Finding> f) {
        return new CheckedReport(parsed, f, memo);
    }

    public Report report() {
        return parsed.report();
    }

    /** The report's problems: the findings that are not about what the checker could not assess. */
    public List<Finding> problems() {
        return findings.stream().filter(f -> !f.gap()).toList();
    }

    /** What the checker could not assess in this report (TABLE_UNREADABLE …): for the officer to check by hand. */
    public List<Finding> gaps() {
        return findings.stream().filter(Finding::gap).toList();
    }

    /** How many problems of this severity the report has (findings about what was not assessed are not problems). */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.gap() && f.severity() == severity).count();
    }

    /** 通过 when no ERROR, 需整改 otherwise. */
    public Verdict verdict() {
        return Verdict.of(count(Severity.ERROR));
    }
}
