package org.nianbao.checker.rules;

import java.nio.file.Path;

/**
 * One problem in the rule files, said so that an officer can find and fix it: file, line, one-line message.
 *
 * @param line 0 when the problem is about the file as a whole
 */
public record RuleProblem(Path file, int line, String message) {

    /** "rules/sums.drl:14: 未知字段 nonexistentField" */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
