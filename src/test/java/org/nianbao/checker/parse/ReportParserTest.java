package org.nianbao.checker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Statement;

/** Identity, sections, tables 二 and 四, statements, from the seeds' real text. */
class ReportParserTest {

    @Test
    void titleOverTwoLinesGivesAgencyAndYear() throws Exception {
        ParsedReport p = Parsing.seed("000_41ea44dbb3ddc373.txt");
        assertThat(p.report().agency()).isEqualTo("乐山市金口河区教育局");
        assertThat(p.report().agencyKind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(p.report().year()).isEqualTo(2024);
        assertThat(p.report().issueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void agencyFromTheSignatureAndYearFromSectionOneWhenThereIsNoTitle() throws Exception {
        ParsedReport p = Parsing.seed("004_11d5421f1e46d2a7.txt");
        assertThat(p.report().title()).isNull();
        assertThat(p.report().agency()).isEqualTo("德阳市罗江区教育局");
        assertThat(p.report().agencySource()).isEqualTo("落款");
        assertThat(p.report().year()).isEqualTo(2020);
        assertThat(p.report().template()).isEqualTo("2019");
        assertThat(p.report().issueDate()).isEqualTo(LocalDate.of(2021, 1, 22));
    }

    @Test
    void sectionsAreMatchedByMeaningWithTheirNumberingAsWritten() throws Exception {
        ParsedReport p = Parsing.seed("002_ced1e3ba6e50580e.txt");
        assertThat(p.sections()).extracting(Section::kind).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(p.sections()).extracting(Section::number).containsExactly("一、", "二、", "二、", "三、", "四、", "五、");
    }

    @Test
    void theIntroListingAllSixTitlesIsNotASection() throws Exception {
        // seed 000 lists the six titles in one sentence and has lost its 四、 heading
        ParsedReport p = Parsing.seed("000_41ea44dbb3ddc373.txt");
        assertThat(p.sections()).extracting(Section::kind).containsExactly(1, 2, 3, 5, 6);
    }

    @Test
    void tableFourIsFoundByItsFifteenNumbersUnderAGarbledHeader() throws Exception {
        ParsedReport p = Parsing.seed("000_41ea44dbb3ddc373.txt");
        assertThat(p.table("T4").found()).isTrue();
        assertThat(p.table("T4").cells()).hasSize(15);
    }

    @Test
    void emptyLeadingCellsOfTableFourAreBlanks() throws Exception {
        var t4 = Parsing.seed("002_ced1e3ba6e50580e.txt").table("T4");
        assertThat(t4.cell("REVIEW", "UPHELD").blank()).isTrue();
        assertThat(t4.cell("REVIEW", "TOTAL").blank()).isTrue();
        assertThat(t4.cell("SUIT_DIRECT", "UPHELD").value()).isEqualTo(0.0);
    }

    @Test
    void tableTwo2019FormatKeepsTheProcurementAmountWithItsUnit() throws Exception {
        var t2 = Parsing.seed("004_11d5421f1e46d2a7.txt").table("T2");
        assertThat(t2.template()).isEqualTo("2019");
        assertThat(t2.cell("PROCUREMENT", "PROC_AMOUNT").value()).isEqualTo(836.5);
        assertThat(t2.cell("PROCUREMENT", "PROC_AMOUNT").malformed()).isFalse();
        assertThat(t2.cell("FEES", "PREV_ITEMS").value()).isEqualTo(8.0);
    }

    @Test
    void statisticsPeriodWithoutTheEndYearIsThatYear() throws Exception {
        Statement period = Parsing.seed("003_1df9ee14cdc84c49.txt").statements().stream()
                .filter(s -> s.kind() == Statement.Kind.PERIOD).findFirst().orElseThrow();
        assertThat(period.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void feeStatementsInTheirRealWordings() {
        for (String s : new String[]{"2024年我局政府信息公开未收取信息处理费。", "没有收取信息处理费的情况。",
                "依据《政府信息公开信息处理费管理办法》，2024年度未收取政府信息公开信息处理费。", "无收取信息处理费情况。"}) {
            Statement fee = Parsing.text(s).statements().get(0);
            assertThat(fee.detail()).as(s).isEqualTo("NONE_CHARGED");
        }
        // the real corpus's wordings without the literal 信息处理费, and statements that no fee was charged at all
        for (String s : new String[]{"按照《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》规定的按件、按量收费标准，本年度没有产生信息公开处理费。",
                "2024年度我局无收取信息公开处理费。", "2024年度我局未产生信息公开处理费。", "依申请公开工作中未收取任何费用。",
                "本机关办理政府信息公开申请不收取费用。"}) {
            Statement fee = Parsing.text(s).statements().get(0);
            assertThat(fee.detail()).as(s).isEqualTo("NONE_CHARGED");
        }
        // other fees are not the disclosure fee: table 二's 行政事业性收费, table 三's 收费通知 row, a law's title
        for (String s : new String[]{"行政事业性收费 0", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0",
                "严格执行《政府信息公开信息处理费管理办法》。"}) {
            assertThat(Parsing.text(s).statements()).as(s).noneMatch(st -> st.kind() == Statement.Kind.FEE);
        }
        Statement amount = Parsing.text("本年度收取信息处理费共计400元。").statements().get(0);
        assertThat(amount.detail()).isEqualTo("AMOUNT");
        assertThat(amount.amount()).isEqualTo(400.0);
        assertThat(Parsing.text("无其他需要报告的事项。").statements()).isEmpty();
    }

    @Test
    void aStatisticsPeriodInAnyWording() {
        for (String s : new String[]{"本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
                "统计数据时间段为2024年1月1日至2024年12月31日。", "本报告数据统计时间为2024年1月1日—2024年12月31日。",
                "统计周期为2024年1月1日至12月31日。", "现公布2024年1月1日—2024年12月31日南关区教育局政府信息公开工作。"}) {
            Statement period = Parsing.text(s).statements().stream().filter(st -> st.kind() == Statement.Kind.PERIOD)
                    .findFirst().orElseThrow(() -> new AssertionError(s));
            assertThat(period.start()).as(s).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(period.end()).as(s).isEqualTo(LocalDate.of(2024, 12, 31));
        }
        // a word that only mentions statistics states no period
        assertThat(Parsing.text("报告并附相关的说明和指标统计表。").statements()).noneMatch(st -> st.kind() == Statement.Kind.PERIOD);
    }

    @Test
    void receivedApplicationsAreReadOnlyFromUnambiguousWording() {
        assertThat(Parsing.text("2024年南关区教育局共收到依申请公开信息申请2件，未出现行政复议。").statements())
                .extracting(Statement::amount).containsExactly(2.0);
        // 洪泽区 2024: the office speaks for itself only, and 受理 is not 收到
        assertThat(Parsing.text("区政府办代表区政府受理政府信息公开申请17件。").statements()).isEmpty();
    }

    @Test
    void aSectionFourWithTextButNoTableHasNoTableFour() {
        ParsedReport p = Parsing.text("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议和行政诉讼。\n五、存在的主要问题及改进情况\n无。");
        assertThat(p.table("T4").found()).isFalse();
    }

    @Test
    void eachSectionCarriesItsBodyText() throws Exception {
        Section five = Parsing.seed("000_41ea44dbb3ddc373.txt").sections().stream().filter(s -> s.kind() == 5).findFirst().orElseThrow();
        assertThat(five.text()).startsWith("2024年,我局政府信息公开工作取得了一些成绩").contains("下一步改进措施")
                .doesNotContain("其他需要报告的事项");
    }
}
