package org.nianbao.checker.rules;

import java.util.List;

/** The rule folder does not compile or is inconsistent; nothing may be checked with it. */
public class RuleCompilationException extends Exception {

    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule files");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
