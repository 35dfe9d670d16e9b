package org.nianbao.checker.rules.ruletest;

import java.nio.file.Path;

/**
 * One mistake in a rule-test file, said so that an officer can find and fix it: file, line, one-line message.
 *
 * @param line 0 when the problem is about the file as a whole
 */
public record TestFileProblem(Path file, int line, String message) {

    /** "rules/tests/arithmetic.yaml:14: expect 的每一项都要写 rule" */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
