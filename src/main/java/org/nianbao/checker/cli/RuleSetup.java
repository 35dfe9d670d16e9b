package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.RuleBase;
import org.nianbao.checker.rules.RuleCompilationException;
import org.nianbao.checker.rules.RuleProblem;
import org.nianbao.checker.rules.RuleValidator;

/** Loads the rule folder (settings and DRL) and validates it, printing every problem with file and line. */
record RuleSetup(RuleBase rules, CheckerSettings settings) {

    /** The rules, or empty after the problems were printed: the caller then exits with 2. */
    static java.util.Optional<RuleSetup> tryLoad(Path dir, PrintWriter err) {
        try {
            return java.util.Optional.of(load(dir, err));
        } catch (RuleCompilationException e) {
            return java.util.Optional.empty();
        }
    }

    static RuleSetup load(Path dir, PrintWriter err) throws RuleCompilationException {
        try {
            CheckerSettings settings = CheckerSettings.load(dir);
            RuleBase rules = RuleBase.compile(dir);
            RuleValidator.validate(rules);
            return new RuleSetup(rules, settings);
        } catch (RuleCompilationException e) {
            err.println("规则文件有 " + e.problems().size() + " 处问题，未进行检查 / the rule files have "
                    + e.problems().size() + " problem(s); nothing was checked:");
            for (RuleProblem p : e.problems()) err.println("  " + p.describe());
            err.flush();
            throw e;
        }
    }
}
