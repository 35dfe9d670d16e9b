package org.nianbao.checker.history;

import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Report;

/**
 * The identity of a finding across runs: which report (agency and year, or the file name when the agency is not
 * known), which rule, and what it is about (its cells, else its table and cell label, else its section). Line
 * numbers and messages are left out on purpose: they move or change when an agency edits other parts of its
 * report, while the problem itself stays the same.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** "互助县教育局|2024": the report a finding belongs to, stable across file renames and resubmissions. */
    public static String reportKey(Report report) {
        String year = report.year() == null ? "?" : String.valueOf(report.year());
        String who = report.agency() != null && !report.agency().isBlank()
                ? report.agency().strip() : "文件:" + report.fileName();
        return who + "|" + year;
    }

    /** "互助县教育局|2024|T3_BALANCE|T3|TOTAL|NATURAL". */
    public static String of(Report report, Finding finding) {
        return reportKey(report) + "|" + finding.rule() + "|" + subject(finding);
    }

    /** What the finding is about, without anything that moves with the text. */
    static String subject(Finding f) {
        if (!f.cellRefs().isEmpty()) return String.join(",", f.cellRefs());
        if (f.cell() != null) return nz(f.table()) + "|" + f.cell();
        if (f.section() != null) return f.section();
        return nz(f.table());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
