package org.nianbao.checker.model;

/** An officer's decision on a finding, as chosen in the summary's 问题处理 sheet. */
public enum TriageDecision {
    /** The finding is right: it goes to the agency. */
    CONFIRMED("确认"),
    /** A false alarm: it leaves the agency's workbook and is listed in the summary as such. */
    FALSE_ALARM("误报"),
    /** The agency has been told already (by phone, say). */
    CONTACTED("已沟通"),
    /** To be decided later. */
    DEFERRED("暂缓");

    private final String label;

    TriageDecision(String label) {
        this.label = label;
    }

    /** The word in the drop-down. */
    public String label() {
        return label;
    }

    /** The decision a cell's text names, or null when it names none. */
    public static TriageDecision of(String label) {
        if (label == null) return null;
        String l = label.strip();
        for (TriageDecision d : values()) if (d.label.equals(l)) return d;
        return null;
    }

    /** The drop-down's words, in order. */
    public static String[] labels() {
        TriageDecision[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].label;
        return out;
    }
}
