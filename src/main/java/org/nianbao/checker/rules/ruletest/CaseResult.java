package org.nianbao.checker.rules.ruletest;

import java.util.List;

import org.nianbao.checker.model.Finding;

/**
 * How one case went: the findings the rules produced, and every way they differ from what the case asks.
 *
 * @param differences readable lines, empty when the case passed
 */
public record CaseResult(RuleTestCase testCase, List<Finding> findings, List<String> differences) {

    public CaseResult {
        findings = List.copyOf(findings);
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
