package org.nianbao.checker.rules.ruletest;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.rules.CheckerSettings;

/**
 * One case of a rule-test file: a report (a file as it is, or text), the findings that must appear and those
 * that must not.
 *
 * @param line      where the case starts in the test file
 * @param file      the report file to check as it is; null when {@code text} is given
 * @param text      the report text to check (inline, or a file after its {@code change:} edits); null for {@code file}
 * @param inputName the file name the checked report gets (the original name for an edited file)
 * @param settings  settings with the case's {@code settings:} applied; null for the rule folder's own
 */
public record RuleTestCase(Path testFile, int line, String name, Path file, String text, String inputName,
                           CheckerSettings settings, List<FindingPattern> expect, List<FindingPattern> absent,
                           List<Alongside> alongside) {

    /**
     * A report checked in the same run as the case's own ({@code alongside:}), for the checks across reports: the
     * same agency's report of the year before, or another agency's. Given like the case's report.
     */
    public record Alongside(Path file, String text, String inputName) {
    }

    public RuleTestCase {
        expect = List.copyOf(expect);
        absent = List.copyOf(absent);
        alongside = alongside == null ? List.of() : List.copyOf(alongside);
    }

    /** "rules/tests/arithmetic.yaml:25" */
    public String where() {
        return testFile + ":" + line;
    }
}
