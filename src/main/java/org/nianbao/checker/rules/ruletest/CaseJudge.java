package org.nianbao.checker.rules.ruletest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.Finding;
import org.nianbao.checker.rules.RuleFailure;

/**
 * Compares the findings of one case with its {@code expect:} and {@code absent:} lists and says, in lines an
 * officer can act on, what is missing (and what the rule reported instead) and what appeared that must not.
 */
final class CaseJudge {

    private CaseJudge() {
    }

    static CaseResult judge(RuleTestCase c, List<Finding> findings) {
        List<String> diff = new ArrayList<>();
        for (FindingPattern p : c.expect()) {
            if (findings.stream().anyMatch(p::matches)) continue;
            diff.add("缺少应报告的问题 / expected finding missing：" + p.describe() + "（第 " + p.line() + " 行）");
            List<Finding> sameRule = findings.stream().filter(f -> f.rule().equals(p.rule())).toList();
            if (sameRule.isEmpty()) {
                diff.add("    " + p.rule() + " 没有报告任何问题；本报告实际报告的是 / reported instead：" + ruleCounts(findings));
            } else {
                diff.add("    " + p.rule() + " 实际报告了 / this rule reported：" + String.join("；",
                        sameRule.stream().map(CaseJudge::where).toList()));
            }
        }
        // a rule that failed is never a passing case, whatever else was expected (unless the case expects it)
        boolean failureExpected = c.expect().stream().anyMatch(p -> RuleFailure.ID.equals(p.rule()));
        for (Finding f : findings) {
            if (!RuleFailure.ID.equals(f.rule()) || failureExpected) continue;
            diff.add("规则运行出错 / a rule failed：" + f.message());
            diff.add("    原因 / cause：" + f.evidence());
        }
        for (FindingPattern p : c.absent()) {
            for (Finding f : findings) {
                if (!p.matches(f)) continue;
                diff.add("出现了不应报告的问题 / finding that must not appear：" + f.rule() + " " + where(f)
                        + "（absent 第 " + p.line() + " 行）");
                diff.add("    说明 / message：" + f.message());
            }
        }
        return new CaseResult(c, findings, diff);
    }

    /** "表三「列：自然人」 ERROR", else the table, else the section, else "（整份报告）". */
    static String where(Finding f) {
        String table = f.table() == null ? "" : f.table();
        String at = f.cell() != null ? table + "「" + f.cell() + "」"
                : f.table() != null ? table
                : f.section() != null ? "「" + f.section() + "」"
                : "（整份报告）";
        return at + " " + f.severity();
    }

    private static String ruleCounts(List<Finding> findings) {
        if (findings.isEmpty()) return "（没有任何问题 / no findings at all）";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Finding f : findings) counts.merge(f.rule(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        counts.forEach((rule, n) -> parts.add(n > 1 ? rule + "×" + n : rule));
        return String.join("、", parts);
    }
}
