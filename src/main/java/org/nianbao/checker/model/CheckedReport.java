package org.nianbao.checker.model;

import java.util.List;

/** A parsed report with the findings the rules produced for it: what the writers receive. */
public record CheckedReport(ParsedReport parsed, List<Finding> findings) {

    public CheckedReport {
        findings = List.copyOf(findings);
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
    public long count(String severity) {
        return findings.stream().filter(f -> !f.gap() && f.severity().equals(severity)).count();
    }

    /** 通过 when no ERROR, 需整改 otherwise. */
    public String verdict() {
        return count("ERROR") > 0 ? "需整改" : "通过";
    }
}
