package org.nianbao.checker.model;

/** What a checked report comes to: 通过 when it has no ERROR, 需整改 otherwise (see {@link CheckedReport#verdict()}). */
public enum Verdict {
    PASS("通过"),
    NEEDS_FIX("需整改");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The verdict for a report with this many ERROR findings. */
    public static Verdict of(long errors) {
        return errors > 0 ? NEEDS_FIX : PASS;
    }

    /** 通过 or 需整改: what the workbooks, findings.json and the console show. */
    public String label() {
        return label;
    }
}
