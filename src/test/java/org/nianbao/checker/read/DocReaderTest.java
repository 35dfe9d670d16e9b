package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.checker.read.Fixtures.NEW_REQUESTS;
import static org.nianbao.checker.read.Fixtures.SEED_000;
import static org.nianbao.checker.read.Fixtures.SEED_002;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/** Word 97 (.doc) through POI HWPF: table paragraphs grouped into rows, cell marks gone, document order kept. */
class DocReaderTest {

    final DocReader reader = new DocReader();

    @Test
    void seedTableThreeRowsAreRowsWithTheirSevenNumbers() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_000, "doc"));
        Block row = Fixtures.rowWith(doc, NEW_REQUESTS);
        assertThat(Fixtures.after(row, NEW_REQUESTS)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(doc.format()).isEqualTo(SourceFormat.DOC);
    }

    @Test
    void cellMarksAndFieldCodesAreStripped() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_002, "doc"));
        assertThat(Fixtures.rowWith(doc, "规章").cells()).containsExactly("规章", "1", "0", "1");
        assertThat(Fixtures.rowWith(doc, "行政许可").cells()).startsWith("行政许可", "363");
        for (Block b : doc.blocks()) for (String c : b.cells()) assertThat(c).doesNotContain("\u0007", "\r", "\u0013", "\u0015");
    }

    @Test
    void seed002KeepsItsBlankTableFourReviewCells() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_002, "doc"));
        Block data = doc.blocks().stream()
                .filter(b -> b.kind() == Block.Kind.ROW && b.cells().size() == 15 && b.cells().get(5).equals("0"))
                .findFirst().orElseThrow();
        assertThat(data.cells().subList(0, 5)).allMatch(String::isEmpty);
        assertThat(data.cells().subList(5, 15)).allMatch("0"::equals);
    }

    @Test
    void paragraphsAndTablesKeepDocumentOrder() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_000, "doc"));
        int intro = Fixtures.paragraphIndex(doc, "二、主动公开政府信息情况");
        int t2 = Fixtures.indexOf(doc, Fixtures.rowWith(doc, "规范性文件"));
        int heading = Fixtures.paragraphIndex(doc, "三、收到和处理政府信息公开申请情况");
        int t3 = Fixtures.indexOf(doc, Fixtures.rowWith(doc, NEW_REQUESTS));
        int after = Fixtures.paragraphIndex(doc, "六、其他需要报告的事项");
        assertThat(intro).isLessThan(t2);
        assertThat(t2).isLessThan(heading);
        assertThat(heading).isLessThan(t3);
        assertThat(t3).isLessThan(after);
    }

    @Test
    void corruptDocIsDamagedQuickly() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.BAD.resolve("corrupt.doc")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("DOC 文件已损坏或不完整").hasMessageContaining("请重新导出后提交");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
