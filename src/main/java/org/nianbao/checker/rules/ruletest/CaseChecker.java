package org.nianbao.checker.rules.ruletest;

import java.nio.file.Path;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.rules.CheckerSettings;

/**
 * Checks one report file exactly as {@code checker check} does (read, normalise, parse, rules), with the given
 * settings. The command line supplies the real pipeline, so rule tests exercise what runs.
 */
@FunctionalInterface
public interface CaseChecker {

    CheckedReport check(Path file, CheckerSettings settings);
}
