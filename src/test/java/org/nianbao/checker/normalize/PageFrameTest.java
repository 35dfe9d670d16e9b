package org.nianbao.checker.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.read.TextReader;

/** What a portal and a crawler put around a report: kept as metadata where it states a fact, never read as report text. */
class PageFrameTest {

    private static DocumentNormalizer.Result normalize(String text) {
        return new DocumentNormalizer().normalize(new Document(Path.of("page.txt"), SourceFormat.TXT, TextReader.toBlocks(text), null));
    }

    private static List<String> texts(DocumentNormalizer.Result r) {
        return r.document().blocks().stream().map(Block::text).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void aCrawlersHeaderIsMetadataAndItsChromeIsNotReportText() {
        var r = normalize("""
                标题: 平潭综合实验区自然资源与生态环境局2022年政府信息公开工作年度报告
                发布时间: 2023-01-06 17:09
                文号:\s
                发布机构: 福建学生资助
                原文链接: https://www.pingtan.gov.cn/zwgk/t20240130_80618.htm
                ==================== 正文 ====================
                当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区自然资源与生态环境局2022年政府信息公开工作年度报告 来源： 时间：2023-01-06 17:09 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： 根据《条例》编制。一、总体情况 2022年…… 平潭综合实验区自然资源与生态环境局 2023年1月6日 附件下载""");
        var meta = r.document().metadata();
        assertThat(meta.title().value()).isEqualTo("平潭综合实验区自然资源与生态环境局2022年政府信息公开工作年度报告");
        assertThat(meta.published().value()).isEqualTo("2023-01-06 17:09");
        assertThat(meta.published().source()).isEqualTo("网页“发布时间”");
        assertThat(meta.publisher().value()).isEqualTo("福建学生资助");
        assertThat(texts(r)).singleElement().satisfies(t -> assertThat(t)
                .startsWith("平潭综合实验区自然资源与生态环境局2022年政府信息公开工作年度报告 根据《条例》编制。")
                .endsWith("2023年1月6日")
                .doesNotContain("当前位置", "微信", "文字版", "相关链接", "-->", "附件下载", "时间:"));
    }

    @Test
    void aPagesGenerationTimeAndItsFooterAreNotTheReportsDates() {
        var r = normalize("""
                当前位置：首页 > 政府信息公开 > 政府信息公开年报
                示例市教育局2024年政府信息公开工作年度报告
                来源：示例市教育局 浏览次数：1024 页面生成时间：2026-11-29 10:00:00
                一、总体情况
                2024年，本局……。
                示例市教育局
                2025年1月20日
                上一篇：关于2025年春节放假的通知
                下一篇：2026年11月28日工作动态
                【打印本页】【关闭窗口】
                版权所有：示例市人民政府办公室 ICP备12345678号
                2026年11月29日 10:00 更新""");
        assertThat(r.document().metadata().published()).isNull();
        assertThat(r.document().metadata().publisher().value()).isEqualTo("示例市教育局");
        assertThat(texts(r)).containsExactly("示例市教育局2024年政府信息公开工作年度报告", "一、总体情况", "2024年,本局……。",
                "示例市教育局", "2025年1月20日");
    }

    @Test
    void markdownBoldBracketsAndPageFootersAreLayout() {
        var r = normalize("## 一、总体情况\n**二、主动公开政府信息情况**\n【三、收到和处理政府信息公开申请情况】\n| --- | --- |\n— 3 —\n第 4 页 共 9 页\n正文第 5 页 共 9 页继续");
        assertThat(texts(r)).containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "正文 继续");
    }
}
