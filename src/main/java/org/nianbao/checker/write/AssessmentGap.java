package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.CheckerFinding;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Statement;
import org.nianbao.checker.rules.RuleFailure;

/**
 * Something the checker could not assess in a report, derived from the facts: rules stay silent when their data
 * is missing, so the agency is told here what was not checked and why. Which checks a missing table, year, date or
 * kind of agency leaves unmade is what the rules declare they need ({@code @needs}, see {@link CheckNeeds}).
 *
 * @param item   what is missing (表三, 报告年度 …)
 * @param reason why it could not be assessed
 * @param checks the checks that were therefore not made
 */
public record AssessmentGap(String item, String reason, String checks) {

    private static final String[] TABLES = {"T2", "T3", "T4"};

    /**
     * The gaps of one checked report: those of its facts, then each rule that failed on it (RULE_FAILED), whose
     * check was therefore not made.
     */
    public static List<AssessmentGap> of(CheckedReport checked, CheckNeeds needs) {
        for (Finding f : checked.findings()) {
            if (CheckerFinding.DUPLICATE_FILE.name().equals(f.rule())) {
                return List.of(new AssessmentGap("整份文件", "与另一个输入文件「" + f.evidence() + "」逐字节相同，只在那一份中检查",
                        "全部检查（结果见那一份）"));
            }
        }
        List<AssessmentGap> gaps = new ArrayList<>(of(checked.parsed(), needs));
        for (Finding f : checked.findings()) {
            if (RuleFailure.ID.equals(f.rule())) gaps.add(new AssessmentGap("检查规则运行出错", f.message(), "该规则的检查（需人工核对）"));
        }
        return gaps;
    }

    /** The gaps of one report, in the order an officer would look at them; empty when everything was assessed. */
    public static List<AssessmentGap> of(ParsedReport parsed, CheckNeeds needs) {
        Report report = parsed.report();
        if (!report.readable()) {
            return List.of(new AssessmentGap("整份报告", "文件无法读取，未做任何检查（原因见「问题清单」）", "全部检查"));
        }
        if (!report.recognised()) {
            return List.of(new AssessmentGap("整份报告", "未识别为政府信息公开工作年度报告：六个部分和三张表格均未找到", "全部检查"));
        }
        List<AssessmentGap> gaps = new ArrayList<>();
        if (report.scanned()) gaps.addAll(notRecognised(parsed, needs));
        for (String t : TABLES) {
            ReportTable table = parsed.table(t);
            if (table == null || !table.found()) {
                gaps.add(new AssessmentGap(ReportTable.tableTitle(t), report.scanned() ? "扫描件中未识别出该表" : "报告中未找到该表",
                        tableChecks(needs, t)));
            } else {
                if (table.isIncomplete()) {
                    gaps.add(new AssessmentGap(ReportTable.tableTitle(t),
                            "该表不完整，缺少：" + String.join("；", table.missing()), tableChecks(needs, t) + "（凡用到缺少部分的）"));
                }
                if (table.anyUnreadable()) {
                    gaps.add(new AssessmentGap(ReportTable.tableTitle(t) + "（需人工核对）",
                            "表格在文件中，但以下内容未能读准（不是报告本身的问题，多因复制或网页抓取时表格线丢失、数字连在一起）："
                                    + String.join("；", table.unreadable()),
                            tableChecks(needs, t) + "（凡用到这些数字的）"));
                }
            }
        }
        if (report.year() == null) {
            gaps.add(new AssessmentGap("报告年度", "未能确定报告年度", checks(needs, CheckNeeds.YEAR, "与年度有关的检查")));
        }
        if (report.issueDate() == null) {
            gaps.add(new AssessmentGap("发布日期", "未找到发布时间，也没有落款日期",
                    checks(needs, CheckNeeds.ISSUE_DATE, "用到发布日期的检查")));
        }
        if (report.agencyKind() == null || report.agencyKind() == AgencyKind.UNKNOWN) {
            gaps.add(new AssessmentGap("机关类型",
                    "无法判断是政府部门（次年1月31日前公开）还是人民政府（次年3月31日前公开）",
                    checks(needs, CheckNeeds.AGENCY_KIND, "用到机关类型的检查")));
        }
        return gaps;
    }

    /**
     * On a scan, what was not found may only not have been recognised: the checks of absence stay silent
     * (Checkable.textLayer) and the officer is told here what to look for in the original.
     */
    private static List<AssessmentGap> notRecognised(ParsedReport parsed, CheckNeeds needs) {
        List<AssessmentGap> gaps = new ArrayList<>();
        String why = "扫描件中未识别出，可能是识别不全，未作为报告的问题；请对照原件核对";
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (var s : parsed.sections()) found.add(s.kind());
        for (int k = 1; k <= 6; k++) {
            if (!found.contains(k)) gaps.add(new AssessmentGap("第" + Section.NUMERALS[k] + "部分「" + Section.CANONICAL_TITLES[k] + "」",
                    why, checks(needs, CheckNeeds.SECTIONS, "用到各部分的检查")));
        }
        if (parsed.report().title() == null) gaps.add(new AssessmentGap("标题", why, checks(needs, CheckNeeds.TITLE, "用到标题的检查")));
        if (parsed.report().agency() == null) {
            gaps.add(new AssessmentGap("发布机关", "扫描件中未识别出机关名称，或识别出的名称在正文和落款中都没有再出现（可能认错了字），未采用；"
                    + "工作簿以文件名命名，请对照原件核对", checks(needs, CheckNeeds.AGENCY, "用到发布机关的检查")));
        }
        boolean fee = parsed.statements().stream().anyMatch(s -> s.kind() == Statement.Kind.FEE
                && ("NONE_CHARGED".equals(s.detail()) || "AMOUNT".equals(s.detail())));
        Integer year = parsed.report().year();
        if (!fee && (year == null || year >= 2021)) gaps.add(new AssessmentGap("信息处理费的说明", why,
                checks(needs, CheckNeeds.FEE_STATEMENT, "用到信息处理费说明的检查")));
        if (parsed.statements().stream().noneMatch(s -> s.kind() == Statement.Kind.PERIOD)) {
            gaps.add(new AssessmentGap("统计期限", why, checks(needs, CheckNeeds.PERIOD_STATEMENT, "用到统计期限的检查")));
        }
        return gaps;
    }

    private static String tableChecks(CheckNeeds needs, String table) {
        return checks(needs, table, "用到" + ReportTable.tableName(table) + "的检查");
    }

    /** "用到表三的检查：T3_BALANCE、…": the checks that need {@code need}, or only {@code what} when no rule says. */
    private static String checks(CheckNeeds needs, String need, String what) {
        List<String> ids = needs.checksNeeding(need);
        return ids.isEmpty() ? what : what + "：" + String.join("、", ids);
    }
}
