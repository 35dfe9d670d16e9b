package org.nianbao.checker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.ReportTable;

/** Table 三 in every seed layout, and the traps the format notes list. */
class Table3ParserTest {

    @Test
    void tabSeparatedRowsWithAWrappedLabelAreRead() throws Exception {
        // seed 000: "4.保护第三方合→→0…" then "→法权益" on a later line
        ParsedReport p = Parsing.seed("000_41ea44dbb3ddc373.txt");
        ReportTable t3 = p.table("T3");
        assertThat(Parsing.row(p, "T3", "NEW")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(t3.rows()).contains("DENIED_4");
        assertThat(t3.cell("DENIED_4", "TOTAL").location().line()).isEqualTo(56);
    }

    @Test
    void rowsWithSixNumbersAreIncompleteNotShifted() throws Exception {
        ReportTable t3 = Parsing.seed("000_41ea44dbb3ddc373.txt").table("T3");
        assertThat(t3.rows()).doesNotContain("DENIED_5", "OUTCOME_TOTAL", "CARRIED_OUT");
        assertThat(t3.missing()).contains("(三)不予公开 5.属于三类内部事务信息：读到 6 个数，应为 7 个（第 59 行）",
                "(七)总计：未找到该行");
    }

    @Test
    void oneCellPerLineLayoutGivesAll25Rows() throws Exception {
        ParsedReport p = Parsing.seed("001_e4a3f774cb655e90.txt");
        ReportTable t3 = p.table("T3");
        assertThat(t3.rows()).hasSize(25);
        assertThat(t3.missing()).isEmpty();
        assertThat(Parsing.row(p, "T3", "OTHER_1")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(Parsing.row(p, "T3", "CARRIED_OUT")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(t3.template()).isEqualTo("2021");
    }

    @Test
    void pipeLayoutInTraditionalCharactersGivesAll25Rows() throws Exception {
        ReportTable t3 = Parsing.seed("003_1df9ee14cdc84c49.txt").table("T3");
        assertThat(t3.rows()).hasSize(25);
        assertThat(t3.missing()).isEmpty();
    }

    @Test
    void doubledZeroIsMalformedButStillZero() throws Exception {
        // seed 002: "→→1. 属于国家秘密→→0→0→00→0→0→0→0"
        var cell = Parsing.seed("002_ced1e3ba6e50580e.txt").table("T3").cell("DENIED_1", "RESEARCH");
        assertThat(cell.malformed()).isTrue();
        assertThat(cell.value()).isEqualTo(0.0);
        assertThat(cell.raw()).isEqualTo("00");
    }

    @Test
    void the2019FormatHasOneOtherRow() throws Exception {
        ParsedReport p = Parsing.seed("004_11d5421f1e46d2a7.txt");
        ReportTable t3 = p.table("T3");
        assertThat(t3.rows()).hasSize(23).contains("OTHER").doesNotContain("OTHER_1");
        assertThat(t3.template()).isEqualTo("2019");
    }

    @Test
    void headerWordsAndVerticalGroupCellsAreNotRows() {
        // the real extract of 淮安市人民政府 2024: vertical 三/本/年/度…, glued "总计商 业 企", a wrapped label
        String text = String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系为：第一项加第二项之和，",
                "等于第三项加第四项之和）",
                "申请人情况", "自然人", "法人或其他组织", "总计商 业 企", "业", "科研机", "构", "其他",
                "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119".replace(' ', '\t'),
                "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34".replace(' ', '\t'),
                "三、", "本", "年", "度", "办", "理", "结", "果",
                "（一）予以公开 1288 21 0 0 50 3 1362".replace(' ', '\t'),
                "（二）部分公开（区分处理的，只计这一情",
                "形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454",
                "（三）不",
                "予公开",
                "1.属于国家秘密 2 0 0 0 0 0 2".replace(' ', '\t'),
                "2.其他法律行政止公开 30 1 0 0 0 0 31".replace(' ', '\t'));
        ParsedReport p = Parsing.text(text);
        assertThat(Parsing.row(p, "T3", "NEW")).containsExactly(3001.0, 53.0, 0.0, 0.0, 61.0, 4.0, 3119.0);
        assertThat(Parsing.row(p, "T3", "CARRIED_IN")).containsExactly(34.0, 0.0, 0.0, 0.0, 0.0, 0.0, 34.0);
        assertThat(Parsing.row(p, "T3", "PARTIAL")).containsExactly(447.0, 7.0, 0.0, 0.0, 0.0, 0.0, 454.0);
        assertThat(Parsing.row(p, "T3", "DENIED_2")).containsExactly(30.0, 1.0, 0.0, 0.0, 0.0, 0.0, 31.0);
        assertThat(p.table("T3").rows()).containsExactly("NEW", "CARRIED_IN", "GRANTED", "PARTIAL", "DENIED_1", "DENIED_2");
    }

    @Test
    void aLabelFollowedByItsOwnNumbersIsNeverTheTailOfTheLineAbove() {
        // 洪泽区 2023 scanned at 200 dpi: the header 其他 recognised as "4" made "法律服务机构 4 | 一、本年新收…" look
        // like one wrapped label, and every row below moved up by one (上年结转 took 本年新收's 21). At 300 dpi
        // 2024, a mangled "(七)总评 95 … 95" took 四、结转下年度 the same way.
        String text = String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "商业企业 科研机构 社会公益组织 法律服务机构 4".replace(' ', '\t'),
                "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21".replace(' ', '\t'),
                "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0".replace(' ', '\t'),
                "（六）其他处理 0 0 0 0 0 0 0".replace(' ', '\t'),
                "（七）总评 95 0 0 0 0 0 95".replace(' ', '\t'),
                "四、结转下年度继续办理 0 0 0 0 0 0 0".replace(' ', '\t'));
        ParsedReport p = Parsing.text(text);
        assertThat(Parsing.row(p, "T3", "NEW")).containsExactly(21.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0);
        assertThat(Parsing.row(p, "T3", "CARRIED_IN")).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(Parsing.row(p, "T3", "CARRIED_OUT")).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void itemNumbersInLabelsAreNeverData() {
        ParsedReport p = Parsing.text("一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0");
        assertThat(Parsing.row(p, "T3", "DENIED_8")).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(List.of(p.table("T3").rows().size())).containsExactly(2);
    }
}
