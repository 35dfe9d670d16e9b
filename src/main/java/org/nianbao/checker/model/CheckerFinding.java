package org.nianbao.checker.model;

/**
 * The findings the checker states itself rather than a rule file: about the run's inputs or about a rule that
 * failed, never about the report's content. Their IDs are in the catalogue like the rules' (severity overrides and
 * rule tests know them).
 */
public enum CheckerFinding {
    /** A rule failed on the report (see rules.RuleFailure). */
    RULE_FAILED,
    /** The file is byte for byte another input of the run (see run.DuplicateInputs). */
    DUPLICATE_FILE;

    /** Whether {@code id} is one of these. */
    public static boolean isOne(String id) {
        for (CheckerFinding f : values()) if (f.name().equals(id)) return true;
        return false;
    }
}
