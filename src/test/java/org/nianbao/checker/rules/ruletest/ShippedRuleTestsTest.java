package org.nianbao.checker.rules.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cases shipped in rules/tests pass, and every rule of the catalogue has a case where it fires and one where it must not. */
class ShippedRuleTestsTest {

    /** A scanned PDF another part of the project provides; until it exists INPUT_NO_TEXT cannot be made to fire. */
    static final Path SCANNED_PDF = Path.of("src/test/resources/fixtures/bad/scanned.pdf");

    static RuleTests rules;
    static List<RuleTestCase> cases;
    static List<CaseResult> results;

    @BeforeAll
    static void runShippedCases() throws Exception {
        Path dir = Path.of("rules");
        rules = RuleTests.of(dir);
        List<Path> files = RuleTestRunner.testFiles(dir);
        cases = rules.runner().load(files);
        results = rules.run(files);
    }

    @Test
    void everyShippedCasePasses() {
        List<String> failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.testCase().where() + " " + r.testCase().name() + "\n  " + String.join("\n  ", r.differences()))
                .toList();
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertThat(results).hasSizeGreaterThan(50);
    }

    @Test
    void theFiveSeedsAreCheckedAgainstTheCatalogueTable() {
        List<String> seedFiles = cases.stream().filter(c -> c.testFile().getFileName().toString().equals("seeds.yaml"))
                .map(c -> c.file().getFileName().toString().substring(0, 3)).toList();
        assertThat(seedFiles).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItMustNot() {
        Set<String> ids = RuleTestRunner.ruleIds(rules.base());
        assertThat(ids).contains("INPUT_UNREADABLE", "T3_BALANCE", "TEXT_TABLE_MISMATCH").hasSizeGreaterThanOrEqualTo(26);
        Set<String> fires = cases.stream().flatMap(c -> c.expect().stream()).map(FindingPattern::rule).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> silent = cases.stream().flatMap(c -> c.absent().stream()).map(FindingPattern::rule).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> noFiringCase = new TreeSet<>(ids);
        noFiringCase.removeAll(fires);
        if (!Files.exists(SCANNED_PDF)) noFiringCase.remove("INPUT_NO_TEXT");   // see rules/README.md, 规则测试
        Set<String> noSilentCase = new TreeSet<>(ids);
        noSilentCase.removeAll(silent);
        assertThat(noFiringCase).as("rules without an expect case").isEmpty();
        assertThat(noSilentCase).as("rules without an absent case").isEmpty();
    }
}
