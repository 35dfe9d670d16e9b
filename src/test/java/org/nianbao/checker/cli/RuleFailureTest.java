package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that fails is named on the report (RULE_FAILED, INFO, under 未能评估); the report keeps its agency, year
 * and every other rule's findings, checker.log says which rule, and {@code rules test} fails on it.
 */
class RuleFailureTest {

    static final Path NANGUAN = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final Path JINKOUHE = Path.of("reports-in/000_41ea44dbb3ddc373.txt");

    /** T3_ROW_TOTAL as shipped, with an action that divides by a count that is 0 in every seed. */
    static final String THROWING_ACTION = """
            package rules.broken;
            import org.nianbao.checker.model.*;
            import org.nianbao.checker.rules.Emit;

            rule "ZERO_SHARE 申请占比"
                @id("ZERO_SHARE") @severity("INFO") @appliesTo("all") @basis("测试") @message("占比 {value}")
                @messageEn("share") @hint("无")
            when
                $c : TableCell( table == "T3", row == "NEW", column == "TOTAL", value != null )
                $o : TableCell( table == "T3", row == "NEW", column == "OTHER", value != null )
            then
                int share = $c.value().intValue() / $o.value().intValue();
                insert(Emit.finding(drools).cell($c).build());
            end
            """;

    static final String THROWING_CONDITION = """
            package rules.broken;
            import org.nianbao.checker.model.*;

            rule "BAD_RATIO 条件中的除法"
                @id("BAD_RATIO") @severity("INFO") @appliesTo("all") @basis("测试") @message("x") @messageEn("x") @hint("无")
            when
                TableCell( raw.charAt(40) == 'x' )
            then
                insert(new Object());
            end
            """;

    static final String FLOOD = """
            package rules.flood;
            import org.nianbao.checker.model.*;

            rule "FLOOD 五百万个事实"
                @id("FLOOD") @severity("INFO") @appliesTo("all") @basis("测试") @message("x") @messageEn("x") @hint("无")
            when
                $r : Report()
            then
                for (int i = 0; i < 5000000; i++) insert(new Location(i, i));
            end
            """;

    @Test
    void anActionThatThrowsIsNamedAndTheReportKeepsEverythingElse(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Files.writeString(rules.resolve("broken.drl"), THROWING_ACTION);
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", NANGUAN.toString(), JINKOUHE.toString(), "--rules", rules.toString(),
                "--out", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = CheckRunner.findings(out);
        JsonNode nanguan = CheckRunner.report(json, "001_e4a3f774cb655e90.txt");
        assertThat(nanguan.get("agency").asText()).isEqualTo("南关区教育局");
        assertThat(nanguan.get("year").asInt()).isEqualTo(2024);
        assertThat(CheckRunner.rules(nanguan)).containsExactlyInAnyOrder("SECTION_ORDER", "DATE_MISSING", "RULE_FAILED");
        JsonNode failed = finding(nanguan, "RULE_FAILED");
        assertThat(failed.get("severity").asText()).isEqualTo("INFO");
        assertThat(failed.get("message").asText()).contains("broken.drl").contains("ZERO_SHARE 申请占比").doesNotContain("文件无法读取");
        assertThat(failed.get("evidence").asText()).contains("ArithmeticException");
        // seed 000 keeps its ERRORs: a rule's failure is not the report's
        assertThat(CheckRunner.rules(CheckRunner.report(json, "000_41ea44dbb3ddc373.txt")))
                .contains("SECTION_MISSING", "TABLE_INCOMPLETE", "RULE_FAILED").doesNotContain("INPUT_UNREADABLE");
        assertThat(Files.readString(out.resolve("checker.log"))).contains("ZERO_SHARE 申请占比").contains("broken.drl")
                .contains("ArithmeticException");
        // our failure, not the agency's: under 未能评估, not in the agency's 问题清单
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("南关区教育局.xlsx").toFile())) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            StringBuilder problems = new StringBuilder(), gaps = new StringBuilder();
            for (var row : wb.getSheet("问题清单")) for (var c : row) problems.append(formatter.formatCellValue(c)).append('|');
            for (var row : wb.getSheet("未能评估")) for (var c : row) gaps.append(formatter.formatCellValue(c)).append('|');
            assertThat(problems.toString()).contains("DATE_MISSING").doesNotContain("RULE_FAILED").doesNotContain("ZERO_SHARE");
            assertThat(gaps.toString()).contains("检查规则运行出错").contains("ZERO_SHARE 申请占比");
        }
    }

    @Test
    void aConditionThatThrowsIsNamedAndTheOtherRulesStillRun(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Files.writeString(rules.resolve("broken.drl"), THROWING_CONDITION);
        Path out = dir.resolve("out");

        CheckRunner.run("check", JINKOUHE.toString(), "--rules", rules.toString(), "--out", out.toString(), "-q", "--format", "json");

        JsonNode r = CheckRunner.report(CheckRunner.findings(out), "000_41ea44dbb3ddc373.txt");
        assertThat(r.get("agency").asText()).isEqualTo("乐山市金口河区教育局");
        assertThat(CheckRunner.rules(r)).containsExactlyInAnyOrder("SECTION_MISSING", "TABLE_INCOMPLETE", "RULE_FAILED");
        assertThat(finding(r, "RULE_FAILED").get("message").asText()).contains("BAD_RATIO 条件中的除法").contains("broken.drl");
    }

    @Test
    void aRuleInsertingMillionsOfFactsIsStoppedAtTheCapOnEveryFile(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Files.writeString(rules.resolve("flood.drl"), FLOOD);
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", "reports-in", "--rules", rules.toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode reports = CheckRunner.findings(out).get("reports");
        assertThat(reports).hasSize(5);
        for (JsonNode r : reports) {
            assertThat(r.get("agency").isNull()).as(r.get("file").asText()).isFalse();
            assertThat(CheckRunner.rules(r)).contains("RULE_FAILED").doesNotContain("INPUT_UNREADABLE");
            assertThat(finding(r, "RULE_FAILED").get("message").asText()).contains("FLOOD 五百万个事实").contains("上限");
        }
    }

    @Test
    void rulesTestFailsWhenARuleFails(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Files.writeString(rules.resolve("broken.drl"), THROWING_ACTION);
        Path cases = Files.createDirectories(rules.resolve("tests")).resolve("nanguan.yaml");
        Files.writeString(cases, "- name: 南关区 001\n  file: " + NANGUAN.toAbsolutePath() + "\n  expect:\n    - SECTION_ORDER\n");
        CheckRunner.Run run = CheckRunner.run("rules", "test", "--rules", rules.toString(), cases.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("规则运行出错").contains("ZERO_SHARE 申请占比").contains("ArithmeticException");
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        throw new AssertionError("no " + rule + " in " + report);
    }
}
