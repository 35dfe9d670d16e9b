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

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** 通过 when no ERROR, 需整改 otherwise. */
    public String verdict() {
        return count("ERROR") > 0 ? "需整改" : "通过";
    }
}
