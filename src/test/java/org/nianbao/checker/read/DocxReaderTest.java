package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.checker.read.Fixtures.NEW_REQUESTS;
import static org.nianbao.checker.read.Fixtures.SEED_000;

import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/** DOCX through POI XWPF: seed tables cell by cell, the official blank template on its grid, damaged files refused. */
class DocxReaderTest {

    final DocxReader reader = new DocxReader();

    @Test
    void textHiddenWithVanishIsNotRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path hidden = WordFixtures.withHiddenRuns(Fixtures.seed(SEED_000, "docx"), dir.resolve("hidden.docx"));
        Document doc = reader.read(hidden);
        // the first value cell reads "1"; a hidden "9" after it made it "19"
        assertThat(Fixtures.after(Fixtures.rowWith(doc, NEW_REQUESTS), NEW_REQUESTS)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(doc.blocks()).noneMatch(b -> b.text().contains("隐藏的旧稿"));
    }

    @Test
    void seedTableThreeRowsAreRowsWithTheirSevenNumbers() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_000, "docx"));
        Block row = Fixtures.rowWith(doc, NEW_REQUESTS);
        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(Fixtures.after(row, NEW_REQUESTS)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        // seed 000's odd rows stay odd: (五) sub-rows carry six numbers, as in the text
        assertThat(Fixtures.after(Fixtures.rowWith(doc, "2.重复申请"), "2.重复申请")).hasSize(6);
    }

    @Test
    void paragraphsHeadingsAndTablesKeepDocumentOrderAndLineNumbers() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_000, "docx"));
        int heading = Fixtures.paragraphIndex(doc, "三、收到和处理政府信息公开申请情况");
        int row = Fixtures.indexOf(doc, Fixtures.rowWith(doc, NEW_REQUESTS));
        int next = Fixtures.paragraphIndex(doc, "五、存在的主要问题和改进情况");
        assertThat(heading).isLessThan(row);
        assertThat(row).isLessThan(next);
        for (int i = 0; i < doc.blocks().size(); i++) {
            assertThat(doc.blocks().get(i).location()).isEqualTo(Location.line(i + 1));
        }
        assertThat(doc.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(doc.pages()).isNull();
    }

    @Test
    void blankTemplateGivesExactLabelsAndEmptyValueCells() throws Exception {
        Document doc = reader.read(Fixtures.TEMPLATE);
        Block row = Fixtures.rowWith(doc, NEW_REQUESTS);
        // the label spans three grid columns, then seven empty value cells
        assertThat(row.cells()).hasSize(10);
        assertThat(row.cells().get(0)).isEqualTo(NEW_REQUESTS);
        assertThat(row.cells().subList(1, 10)).allMatch(String::isEmpty);
        Block total = Fixtures.rowWith(doc, "（七）总计");
        assertThat(total.cells()).containsExactly("", "（七）总计", "", "", "", "", "", "", "", "");
        assertThat(Fixtures.rowWith(doc, "1.属于国家秘密").cells().subList(0, 3)).containsExactly("", "（三）不予公开", "1.属于国家秘密");
        assertThat(Fixtures.rowWith(doc, "3.其他").cells().subList(3, 10)).allMatch(String::isEmpty);
        assertThat(Fixtures.rowWith(doc, "四、结转下年度继续办理").cells().subList(1, 10)).allMatch(String::isEmpty);
    }

    @Test
    void mergedCellsAlignWithTheGrid() throws Exception {
        Document doc = reader.read(Fixtures.TEMPLATE);
        Block header = Fixtures.rowWith(doc, "申请人情况");
        Block total = Fixtures.rowWith(doc, "总计");
        Block data = Fixtures.rowWith(doc, NEW_REQUESTS);
        // 总计 heads the last value column; 申请人情况 starts over the first value column
        assertThat(total.cells().indexOf("总计")).isEqualTo(data.cells().size() - 1);
        assertThat(header.cells().indexOf("申请人情况")).isEqualTo(3);
        // table 四: 行政复议 spans five columns, 行政诉讼 the other ten; the vertically merged five are empty below
        Block t4 = Fixtures.rowWith(doc, "行政复议");
        assertThat(t4.cells()).hasSize(15);
        assertThat(t4.cells().indexOf("行政诉讼")).isEqualTo(5);
        Block sub = Fixtures.rowWith(doc, "复议后起诉");
        assertThat(sub.cells().indexOf("未经复议直接起诉")).isEqualTo(5);
        assertThat(sub.cells().indexOf("复议后起诉")).isEqualTo(10);
        int subAt = Fixtures.indexOf(doc, sub);
        Block third = doc.blocks().get(subAt + 1);
        assertThat(third.cells()).hasSize(15);
        assertThat(third.cells().subList(0, 5)).isEqualTo(Collections.nCopies(5, ""));
        assertThat(third.cells().get(5).replace("\n", "")).isEqualTo("结果维持");
    }

    @Test
    void docxRenamedPdfIsReadAsDocx() throws Exception {
        Document doc = Readers.standard().read(Fixtures.BAD.resolve("docx-named.pdf"));
        assertThat(doc.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(Fixtures.after(Fixtures.rowWith(doc, NEW_REQUESTS), NEW_REQUESTS)).containsExactly("1", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void truncatedDocxIsDamagedNotACrash() {
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.BAD.resolve("truncated.docx")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("DOCX 文件已损坏或不完整").hasMessageContaining("请重新导出后提交");
    }

    @Test
    void zipBombIsRefusedQuicklyWithoutRunningOutOfMemory() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.BAD.resolve("zipbomb.docx")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("文件解压后过大，疑似压缩炸弹，未读取")
                .satisfies(e -> assertThat(((UnreadableInputException) e).reasonEn()).contains("zip bomb"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void notAZipIsDamaged() throws Exception {
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("fake", ".docx");
        java.nio.file.Files.writeString(fake, "PK\u0003\u0004 this is not really a zip");
        try {
            assertThatThrownBy(() -> reader.read(fake)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("已损坏或不完整");
        } finally {
            java.nio.file.Files.deleteIfExists(fake);
        }
    }
}
