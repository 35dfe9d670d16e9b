package org.nianbao.checker.rules.ruletest;

import java.nio.file.Path;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.rules.CheckerSettings;

/**
 * Checks one report file exactly as {@code checker check} does (read, normalise, parse, rules), with the given
 * settings. The command line supplies the real pipeline, so rule tests exercise what runs.
 */
public interface CaseChecker {

    CheckedReport check(Path file, CheckerSettings settings);

    /**
     * Checks several files as one run does, with the checks across reports (rules/crossyear.drl) among them;
     * the results in the order of {@code files}.
     */
    java.util.List<CheckedReport> checkTogether(java.util.List<Path> files, CheckerSettings settings);
}
