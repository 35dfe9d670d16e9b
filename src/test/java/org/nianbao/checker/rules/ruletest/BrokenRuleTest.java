package org.nianbao.checker.rules.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule broken on purpose makes its shipped case fail, with a difference an officer can read. */
class BrokenRuleTest {

    @Test
    void aBalanceIdentityThatAlwaysHoldsFailsItsCaseNamingRuleAndCell(@TempDir Path tmp) throws Exception {
        Path rules = RuleTests.copyRules(tmp);
        Path drl = rules.resolve("arithmetic.drl");
        String original = Files.readString(drl);
        String broken = original.replace("\"NEW + CARRIED_IN = OUTCOME_TOTAL + CARRIED_OUT\"",
                "\"OUTCOME_TOTAL + CARRIED_OUT = OUTCOME_TOTAL + CARRIED_OUT\"");
        assertThat(broken).isNotEqualTo(original);
        Files.writeString(drl, broken);

        List<CaseResult> results = RuleTests.of(rules).run(List.of(rules.resolve("tests/arithmetic.yaml")));

        List<CaseResult> failed = results.stream().filter(r -> !r.passed()).toList();
        assertThat(failed).extracting(r -> r.testCase().name()).containsExactly("表三“本年新收”自然人多写 1 件，该列和总计列都不平衡");
        List<String> diff = failed.get(0).differences();
        assertThat(diff.get(0)).startsWith("缺少应报告的问题").contains("T3_BALANCE").contains("单元格「列：自然人」");
        assertThat(diff.get(1)).contains("T3_BALANCE 没有报告任何问题");
        assertThat(String.join("\n", diff)).contains("单元格「列：总计」");
        assertThat(results.stream().filter(CaseResult::passed).count()).isEqualTo(results.size() - 1);
    }

    @Test
    void aFindingThatMustNotAppearIsShownWithItsMessage(@TempDir Path tmp) throws Exception {
        Path rules = RuleTests.copyRules(tmp);
        Path drl = rules.resolve("structure.drl");
        // CELL_MALFORMED now also fires on clean numbers
        Files.writeString(drl, Files.readString(drl).replace("$c : TableCell( malformed, $table : table )", "$c : TableCell( value != null, $table : table )"));

        List<CaseResult> results = RuleTests.of(rules).run(List.of(rules.resolve("tests/structure.yaml")));

        CaseResult noteCase = results.stream().filter(r -> r.testCase().name().startsWith("带说明的数字")).findFirst().orElseThrow();
        assertThat(noteCase.passed()).isFalse();
        assertThat(noteCase.differences().get(0)).startsWith("出现了不应报告的问题").contains("CELL_MALFORMED");
        assertThat(noteCase.differences().get(1)).startsWith("    说明 / message：表");
    }
}
