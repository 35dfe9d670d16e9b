package org.nianbao.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Severity;

/** Period, fee, date, deadline and text-versus-table rules on short report texts. */
class StatementRulesTest {

    static final String HEAD = "某某市某某区教育局2024年政府信息公开工作年度报告\n一、总体情况\n";

    @Test
    void aPeriodThatStopsBeforeDecemberIsNotTheFullYear() throws Exception {
        CheckedReport r = Rules.check(HEAD + "本报告中所列数据的统计期限自2024年1月1日起至2024年11月30日止。");
        Finding f = Rules.findings(r, "PERIOD_NOT_FULL_YEAR").get(0);
        assertThat(f.expected()).isEqualTo("2024-01-01 至 2024-12-31");
        assertThat(f.actual()).isEqualTo("2024-01-01 至 2024-11-30");
        assertThat(Rules.findings(r, "PERIOD_NOT_STATED")).isEmpty();
    }

    @Test
    void aDepartmentDatedAfterJanuaryIsLateAndAGovernmentHasUntilMarch() throws Exception {
        CheckedReport dept = Rules.check(HEAD + "某某市某某区教育局\n2025年2月3日");
        Finding late = Rules.findings(dept, "PUBLISHED_LATE").get(0);
        assertThat(late.expected()).isEqualTo("不晚于 2025-01-31");
        assertThat(late.actual()).isEqualTo("2025-02-03");
        CheckedReport gov = Rules.check("某某市某某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n某某市某某区人民政府\n2025年2月3日");
        assertThat(Rules.findings(gov, "PUBLISHED_LATE")).isEmpty();
        CheckedReport unclear = Rules.check("某某小组2024年政府信息公开工作年度报告\n一、总体情况\n2025年6月3日");
        assertThat(Rules.findings(unclear, "PUBLISHED_LATE")).isEmpty();
    }

    @Test
    void theFeeRuleAppliesFrom2021Only() throws Exception {
        assertThat(Rules.findings(Rules.check(HEAD + "六、其他需要报告的事项\n无其他需要报告的事项。"), "FEE_NOT_DISCLOSED")).hasSize(1);
        CheckedReport old = Rules.check("某某局2020年政府信息公开工作年度报告\n一、总体情况\n六、其他需要报告的事项\n无。");
        assertThat(Rules.findings(old, "FEE_NOT_DISCLOSED")).isEmpty();
    }

    @Test
    void textCountContradictingTheTableIsAWarning() throws Exception {
        CheckedReport r = Rules.check(HEAD + "2024年共收到政府信息公开申请5件。\n一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2");
        Finding f = Rules.findings(r, "TEXT_TABLE_MISMATCH").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARN);
        assertThat(f.expected()).isEqualTo("5");
        assertThat(f.actual()).isEqualTo("2");
    }

    @Test
    void a2021ReportWith2019LabelsIsOutdated() throws Exception {
        CheckedReport r = Rules.check(HEAD + "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0");
        assertThat(Rules.findings(r, "TEMPLATE_OUTDATED").get(0).message()).contains("本年新制作数量");
    }

    @Test
    void somethingThatIsNotAReportSaysSoAndNothingElse() throws Exception {
        CheckedReport r = Rules.check("会议通知\n请各单位于下午三点参加会议。");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("NOT_A_REPORT");
    }
}
