package org.nianbao.checker.model;

/**
 * How serious a finding is. Officers write it as text, {@code @severity("ERROR")} in a rule and
 * {@code severity: {PERIOD_NOT_STATED: ERROR}} in settings.yaml, and findings.json writes the same word; in Java it
 * is this type. Declared most serious first, the order findings are listed in ({@link FindingOrder}).
 */
public enum Severity {
    /** 错误: the report must be corrected; one ERROR makes its verdict 需整改. */
    ERROR,
    /** 警告: probably a problem, or not in the format. */
    WARN,
    /** 提示: for information. */
    INFO;

    /** The severity an officer wrote ("ERROR", "WARN" or "INFO", exactly so), or null when it is none of them. */
    public static Severity parse(String text) {
        for (Severity s : values()) if (s.name().equals(text)) return s;
        return null;
    }
}
