package org.nianbao.checker.history;

import org.nianbao.checker.model.CellRef;
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

    /**
     * The identity of a finding for an officer's triage: its fingerprint plus its evidence (expected, actual and
     * the quoted text), as 16 hex digits. A decision is about what the officer saw: when the rule, the subject or
     * the evidence changes, the finding is new again and asks for a new decision.
     */
    public static String triageKey(String fingerprint, String expected, String actual, String evidence) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {fingerprint, expected, actual, evidence == null ? null : evidence.strip()}) {
                md.update((part == null ? "\u0000" : part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0x1f);
            }
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #triageKey(String, String, String, String)} of a current finding. */
    public static String triageKey(Report report, Finding f) {
        return triageKey(of(report, f), f.expected(), f.actual(), f.evidence());
    }

    /** What the finding is about, without anything that moves with the text. */
    static String subject(Finding f) {
        if (!f.cellRefs().isEmpty()) return String.join(",", f.cellRefs().stream().map(CellRef::key).toList());
        if (f.cell() != null) return nz(f.table()) + "|" + f.cell();
        if (f.section() != null) return f.section();
        return nz(f.table());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
