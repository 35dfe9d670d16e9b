package org.nianbao.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;

/** The 勾稽关系 rules over a compact 2021-format table 三 (tab-separated, as in seed 000). */
class ArithmeticRulesTest {

    static String table3(String newRow, String outcomeTotal, String carriedOut, String granted) {
        return String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t" + newRow,
                "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
                "(一)予以公开\t" + granted,
                "(二)部分公开\t0\t0\t0\t0\t0\t0\t0",
                "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
                "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0", "4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
                "5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0", "6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
                "7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0", "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0",
                "1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0", "2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0",
                "3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0",
                "1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t0\t0\t0\t0\t0\t0",
                "3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0", "4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0",
                "5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0",
                "(六)其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                "3.其他\t0\t0\t0\t0\t0\t0\t0",
                "(七)总计\t" + outcomeTotal,
                "四、结转下年度继续办理\t" + carriedOut);
    }

    @Test
    void aBalancedTableHasNoArithmeticFinding() throws Exception {
        CheckedReport r = Rules.check(table3("2\t0\t0\t0\t0\t0\t2", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1"));
        assertThat(r.findings()).extracting(Finding::rule).noneMatch(id -> id.startsWith("T3_"));
    }

    @Test
    void balanceNamesTheColumnWithBothSides() throws Exception {
        CheckedReport r = Rules.check(table3("3\t0\t0\t0\t0\t0\t3", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1"));
        List<Finding> balance = Rules.findings(r, "T3_BALANCE");
        assertThat(balance).extracting(Finding::cell).containsExactly("列：自然人", "列：总计");
        Finding f = balance.get(0);
        assertThat(f.expected()).isEqualTo("3");
        assertThat(f.actual()).isEqualTo("2");
        assertThat(f.message()).isEqualTo("表三「自然人」列不平衡：本年新收 + 上年结转 = 3，而办理结果总计 + 结转下年度 = 2");
        assertThat(f.cellRefs()).contains(new CellRef("T3", "NEW", "NATURAL"), new CellRef("T3", "CARRIED_OUT", "NATURAL"));
        assertThat(f.hint()).contains("自然人");
    }

    @Test
    void rowTotalAndOutcomeTotalAreCheckedSeparately() throws Exception {
        // (一)予以公开: 自然人 1 + 商业企业 1 but 总计 1; (七)总计 says 1 in the 商业企业 column where outcomes add to 1
        CheckedReport r = Rules.check(table3("2\t0\t0\t0\t0\t0\t2", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1", "1\t1\t0\t0\t0\t0\t1"));
        assertThat(Rules.findings(r, "T3_ROW_TOTAL")).extracting(Finding::cell).containsExactly("行：(一)予以公开");
        assertThat(Rules.findings(r, "T3_ROW_TOTAL").get(0).expected()).isEqualTo("2");
        assertThat(Rules.findings(r, "T3_OUTCOME_TOTAL")).extracting(Finding::cell).containsExactly("列：商业企业");
    }

    @Test
    void aBlankTotalThatTheOtherCellsDetermineIsReportedAsBlankWithItsValue() throws Exception {
        // 一、本年新收: 自然人 2, 总计 left blank: the row implies 2, the column balance implies 2
        CheckedReport r = Rules.check(table3("2\t0\t0\t0\t0\t0\t-", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1"));
        assertThat(r.findings()).extracting(Finding::rule).noneMatch(id -> id.startsWith("T3_"));
        List<Finding> blank = Rules.findings(r, "CELL_BLANK");
        assertThat(blank).hasSize(1);
        assertThat(blank.get(0).cell()).isEqualTo("一、本年新收政府信息公开申请数量 / 总计");
        assertThat(blank.get(0).expected()).isEqualTo("2");
    }

    @Test
    void aNegativeCountIsAnError() throws Exception {
        CheckedReport r = Rules.check(table3("2\t0\t0\t0\t0\t0\t2", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1", "1\t0\t0\t0\t0\t0\t1")
                .replace("2.重复申请\t0", "2.重复申请\t-1"));
        assertThat(Rules.findings(r, "NEGATIVE_VALUE")).extracting(Finding::cell).containsExactly("(五)不予处理 2.重复申请 / 自然人");
    }

    @Test
    void tableFourTotalsAreChecked() throws Exception {
        CheckedReport r = Rules.check("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        List<Finding> t4 = Rules.findings(r, "T4_TOTAL");
        assertThat(t4).extracting(Finding::cell).containsExactly("行：行政复议");
        assertThat(t4.get(0).expected()).isEqualTo("1");
        assertThat(t4.get(0).actual()).isEqualTo("0");
    }
}
