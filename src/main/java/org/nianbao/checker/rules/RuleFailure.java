package org.nianbao.checker.rules;

import java.util.List;

import org.kie.api.definition.rule.Rule;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Severity;

/**
 * A rule that failed on one report: it threw, inserted more facts than a report can need, or kept firing past the
 * time limit. Inserted into the report's session as a fact (by {@link RuleFailureHandler} or the checker) and
 * turned into a RULE_FAILED finding that names the rule and its file; the report keeps its identity and the other
 * rules' findings. Not a defect of the report: the officer checks that part by hand and has the rule fixed.
 *
 * @param ruleName the rule's name as written after {@code rule} in its file
 * @param ruleId   its @id, or null for a helper rule
 * @param ruleFile its file, relative to the rule folder
 * @param detail   what happened, in English (the exception, or which limit)
 */
public record RuleFailure(String ruleName, String ruleId, String ruleFile, Kind kind, String detail) {

    /** The catalogue ID of the finding a failed rule gives. */
    public static final String ID = org.nianbao.checker.model.CheckerFinding.RULE_FAILED.name();

    public enum Kind { EXCEPTION, FACT_LIMIT, TIME_LIMIT }

    static RuleFailure of(Rule rule, Kind kind, String detail) {
        Object id = rule.getMetaData().get("id");
        return new RuleFailure(rule.getName(), id == null ? null : unquote(id.toString()), fileOf(rule), kind, detail);
    }

    /** The rule's file as the rule folder has it ("arithmetic.drl"), from the source path RuleBase gave it. */
    static String fileOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            return stripFolder(impl.getResource().getSourcePath());
        }
        return rule.getPackageName();
    }

    static String stripFolder(String sourcePath) {
        return sourcePath.startsWith("rules/") ? sourcePath.substring("rules/".length()) : sourcePath;
    }

    /** The RULE_FAILED finding: INFO, listed under 未能评估, with the rule, its file and what happened. */
    public Finding toFinding() {
        String what = switch (kind) {
            case EXCEPTION -> "运行出错";
            case FACT_LIMIT -> "插入的事实超过每份报告的上限，已停止";
            case TIME_LIMIT -> "在检查时限内反复触发没有结束，已停止";
        };
        String who = "规则文件 " + ruleFile + " 中的规则「" + ruleName + "」" + (ruleId == null ? "" : "（" + ruleId + "）");
        return new Finding(ID, Severity.INFO, null, null, null,
                who + what + "，这一项未能评估本报告；其他检查照常进行，不是报告本身的问题",
                "rule \"" + ruleName + "\" in " + ruleFile + " failed (" + detail + "); that check was not assessed, the others were",
                null, null, detail, Location.NONE, "本工具对规则运行的保护（见 rules/README.md）",
                "请规则维护人员用 ./checker rules test 检查并修正该规则；修正前请人工核对这一项", List.of(),
                true); // our failure, not the agency's defect: under 未能评估, not among the agency's problems
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
