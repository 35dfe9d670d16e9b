package org.nianbao.checker.rules.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.cli.CheckerCommand;
import picocli.CommandLine;

/** {@code checker rules test}: what it prints and its exit codes (0 all pass, 1 a case failed, 2 cannot run). */
class RulesTestCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CheckerCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theShippedCasesPassWithExitZero() {
        Run r = run("rules", "test", "rules/tests/seeds.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("✓ rules/tests/seeds.yaml:5  000 乐山市金口河区教育局").endsWith("5 passed, 0 failed\n");
    }

    @Test
    void aFailingCaseGivesExitOneAndItsDifference(@TempDir Path tmp) throws Exception {
        Path rules = RuleTests.copyRules(tmp);
        Path drl = rules.resolve("statements.drl");
        Files.writeString(drl, Files.readString(drl).replace("@id(\"DATE_MISSING\") @severity(\"WARN\")", "@id(\"DATE_MISSING\") @severity(\"INFO\")"));
        Run r = run("rules", "test", "--rules", rules.toString(), rules.resolve("tests/statements.yaml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("✗ " + rules.resolve("tests/statements.yaml") + ":117  南关区 001 文末没有日期")
                .contains("缺少应报告的问题 / expected finding missing：DATE_MISSING，严重程度 WARN（第 120 行）")
                .contains("DATE_MISSING 实际报告了 / this rule reported：（整份报告） INFO")
                .contains("1 failed");
    }

    @Test
    void aMalformedTestFileGivesExitTwoWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path rules = RuleTests.copyRules(tmp);
        Path bad = rules.resolve("tests/zz-bad.yaml");
        Files.writeString(bad, "- name: x\n  text: abc\n  expect:\n    - NO_SUCH_RULE\n");
        Run r = run("rules", "test", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":4: 规则编号「NO_SUCH_RULE」不在规则文件中");
        assertThat(r.out()).doesNotContain("✓");
    }

    @Test
    void rulesThatDoNotCompileGiveExitTwo(@TempDir Path tmp) throws Exception {
        Path rules = RuleTests.copyRules(tmp);
        Path drl = rules.resolve("identity.drl");
        Files.writeString(drl, Files.readString(drl).replace("title == null", "titel == null"));
        Run r = run("rules", "test", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("identity.drl:15");
    }
}
