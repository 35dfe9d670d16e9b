package org.nianbao.checker.crossreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The copy detection's fingerprints over real section text from the seeds. */
class TextPrintsTest {

    static String section5Of001() throws Exception {
        List<String> lines = Files.readAllLines(YearVersions.SEED_001);
        int at = lines.indexOf("五、存在的主要问题及改进情况");
        return lines.get(at + 1) + lines.get(at + 2);
    }

    @Test
    void theAgencyNameAndTheYearDoNotHideACopy() throws Exception {
        String text = "2024年，互助县教育局在政府信息公开取得了一定的工作成效，但还存在一些不足之处，需要进一步提升和解决。";
        String other = "2023年，南关区教育局在政府信息公开取得了一定的工作成效，但还存在一些不足之处，需要进一步提升和解决。";
        String a = TextPrints.comparable(text, "互助县教育局"), b = TextPrints.comparable(other, "南关区教育局");
        assertThat(a).contains("〔本机关〕").doesNotContain("互助县");
        assertThat(TextPrints.jaccard(TextPrints.shingles(a), TextPrints.shingles(b))).isEqualTo(1.0);
        assertThat(TextPrints.print(a).textHash()).isEqualTo(TextPrints.print(b).textHash());
    }

    @Test
    void theSignatureEstimatesTheSimilarityOfTwoHalvesOfOneSection() throws Exception {
        String five = TextPrints.comparable(section5Of001(), "南关区教育局");
        String firstTwoThirds = five.substring(0, five.length() * 2 / 3);
        String lastTwoThirds = five.substring(five.length() / 3);
        double exact = TextPrints.jaccard(TextPrints.shingles(firstTwoThirds), TextPrints.shingles(lastTwoThirds));
        double estimate = TextPrints.estimate(TextPrints.print(firstTwoThirds).minhash(), TextPrints.print(lastTwoThirds).minhash());
        assertThat(exact).isBetween(0.2, 0.45);
        assertThat(estimate).isCloseTo(exact, within(0.1));
    }

    @Test
    void theLongestSharedPassageIsFoundInTwoDifferentTexts() {
        String a = "一是信息公开的社会宣传力度有待加强。我局将进一步完善政务信息公开工作机制。";
        String b = "存在问题：我局将进一步完善政务信息公开工作机制，加强培训。";
        assertThat(LongestSharedPassage.of(a, b)).isEqualTo("我局将进一步完善政务信息公开工作机制");
        assertThat(LongestSharedPassage.of("abc", "xyz")).isEmpty();
    }

    @Test
    void aPrintedWebPagesFooterIsNotPartOfTheSection() {
        String six = "本年度无其他需要报告的事项。\n平潭综合实验区行政审批局\n2024年1月5日附件下载扫一扫在手机上查看当前页面关闭友情链接人民网";
        assertThat(MemoMaker.withoutPageFrame(six)).isEqualTo("本年度无其他需要报告的事项。\n平潭综合实验区行政审批局\n2024年1月5日");
    }

    @Test
    void sectionSixBoilerplateIsLeftOut() {
        String six = "本年度未收取信息处理费。无其他需要报告的事项。我局创新开展“政务公开日”活动，邀请家长代表走进机关。";
        assertThat(MemoMaker.withoutBoilerplate(six)).isEqualTo("我局创新开展“政务公开日”活动，邀请家长代表走进机关。");
    }
}
