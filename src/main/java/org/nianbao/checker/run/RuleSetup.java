package org.nianbao.checker.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.RuleBase;
import org.nianbao.checker.rules.RuleCompilationException;
import org.nianbao.checker.rules.RuleProblem;
import org.nianbao.checker.rules.RuleValidator;

/** Loads the rule folder (settings and DRL) and validates it, printing every problem with file and line. */
public record RuleSetup(RuleBase rules, CheckerSettings settings) {

    /** The rules, or empty after the problems were printed: the caller then exits with 2. */
    public static Optional<RuleSetup> tryLoad(Path dir, PrintWriter err) {
        return tryLoadSettings(dir, err).flatMap(settings -> tryCompile(dir, settings, err));
    }

    /** The folder's settings.yaml alone (quick), or empty after its problems were printed. */
    public static Optional<CheckerSettings> tryLoadSettings(Path dir, PrintWriter err) {
        return attempt(() -> CheckerSettings.load(dir), err);
    }

    /** The folder's DRL compiled and validated (about a second), or empty after its problems were printed. */
    public static Optional<RuleSetup> tryCompile(Path dir, CheckerSettings settings, PrintWriter err) {
        return attempt(() -> compile(dir, settings), err);
    }

    public static RuleSetup load(Path dir, PrintWriter err) throws RuleCompilationException {
        CheckerSettings settings = report(() -> CheckerSettings.load(dir), err);
        return report(() -> compile(dir, settings), err);
    }

    private static RuleSetup compile(Path dir, CheckerSettings settings) throws RuleCompilationException {
        RuleBase rules = RuleBase.compile(dir);
        RuleValidator.validate(rules);
        return new RuleSetup(rules, settings);
    }

    private static <T> Optional<T> attempt(Step<T> step, PrintWriter err) {
        try {
            return Optional.of(report(step, err));
        } catch (RuleCompilationException e) {
            return Optional.empty();
        }
    }

    private interface Step<T> {
        T run() throws RuleCompilationException;
    }

    private static <T> T report(Step<T> step, PrintWriter err) throws RuleCompilationException {
        try {
            return step.run();
        } catch (RuleCompilationException e) {
            err.println("规则文件有 " + e.problems().size() + " 处问题，未进行检查 / the rule files have "
                    + e.problems().size() + " problem(s); nothing was checked:");
            for (RuleProblem p : e.problems()) err.println("  " + p.describe());
            err.flush();
            throw e;
        }
    }
}
