package org.nianbao.checker.rules.ruletest;

import java.util.List;

/** One or more rule-test files cannot be read as tests; no case is run until they are fixed. */
public class TestFileException extends Exception {

    private final List<TestFileProblem> problems;

    public TestFileException(List<TestFileProblem> problems) {
        super(problems.size() + " problem(s) in the rule-test files");
        this.problems = List.copyOf(problems);
    }

    public List<TestFileProblem> problems() {
        return problems;
    }
}
