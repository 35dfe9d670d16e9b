package org.nianbao.checker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Section;

/** Headings, title and signature found wherever a copy put them; lists of titles and table rows never. */
class StructureSplitterTest {

    private final StructureSplitter splitter = new StructureSplitter(new SectionFinder(SectionAliases.defaults()));

    @Test
    void headingsInsideAOneLineBodyAreCutOutWhateverFollowsThem() {
        // 公安局 2021: after a colon, before a year; 自然资源与生态环境局 2019: before a bracket
        assertThat(splitter.splitHeadings("特编制此报告:一、总体情况2021年,我局政府信息公开工作")).containsExactly(
                "特编制此报告:", "一、总体情况", "2021年,我局政府信息公开工作");
        assertThat(splitter.splitHeadings("三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:…)")).containsExactly(
                "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:…)");
        // after a table's last number, and after ? a conversion left
        assertThat(splitter.splitHeadings("结转下年度继续办理 000000 0 四、政府信息公开行政复议、行政诉讼情况 行政复议"))
                .contains("四、政府信息公开行政复议、行政诉讼情况");
        assertThat(splitter.splitHeadings("jy7212375@163.com)。 ?一、总体情况 ?2024年")).containsExactly(
                "jy7212375@163.com)。 ?", "一、总体情况", " ?2024年");
    }

    @Test
    void theIntroductionsListOfTitlesAndTableRowLabelsAreNeverHeadings() {
        String list = "本报告包括:一、总体情况;二、主动公开政府信息情况;三、收到和处理政府信息公开申请情况。";
        assertThat(splitter.splitHeadings(list)).containsExactly(list);
        String rows = "三、本年度办理结果 (一)予以公开 2000002 四、结转下年度继续办理 0000000";
        assertThat(splitter.splitHeadings(rows)).containsExactly(rows);
        // "7.4元三、…": a number and its unit glued to a heading are not a heading numbered 7.
        assertThat(splitter.splitHeadings("政府集中采购 1973601627.4元三、收到和处理政府信息公开申请情况"))
                .containsExactly("政府集中采购 1973601627.4元", "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void titleAndSignatureOfAOneLineBodyStandOnTheirOwn() {
        var doc = Parsing.text("平潭综合实验区公安局2021年政府信息公开工作年度报告 根据《条例》编制本报告。一、总体情况 2021年,我局……。"
                + "六、其他需要报告的事项 2021年,无收取信息处理费情况。 平潭综合实验区公安局2022年1月7日 附件下载");
        assertThat(doc.report().title()).isEqualTo("平潭综合实验区公安局2021年政府信息公开工作年度报告");
        assertThat(doc.report().titleSource()).isEqualTo("正文");
        assertThat(doc.report().agency()).isEqualTo("平潭综合实验区公安局");
        assertThat(doc.report().signatureDate()).hasToString("2022-01-07");
        List<Integer> kinds = doc.sections().stream().map(Section::kind).toList();
        assertThat(kinds).containsExactly(1, 6);
    }
}
