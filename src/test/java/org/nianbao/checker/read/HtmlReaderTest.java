package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.checker.read.Fixtures.NEW_REQUESTS;
import static org.nianbao.checker.read.Fixtures.SEED_000;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;

/** Web pages through jsoup: paragraphs per block element, tables on their grid, hostile nesting survived. */
class HtmlReaderTest {

    @TempDir
    Path dir;
    final HtmlReader reader = new HtmlReader();

    @Test
    void seedTableThreeRowsAreRowsWithTheirSevenNumbers() throws Exception {
        Document doc = reader.read(Fixtures.seed(SEED_000, "html"));
        assertThat(Fixtures.after(Fixtures.rowWith(doc, NEW_REQUESTS), NEW_REQUESTS)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(Fixtures.paragraphIndex(doc, "三、收到和处理政府信息公开申请情况"))
                .isLessThan(Fixtures.indexOf(doc, Fixtures.rowWith(doc, NEW_REQUESTS)));
        assertThat(doc.blocks().get(0).text()).isEqualTo("乐山市金口河区教育局");
    }

    @Test
    void rowspanAndColspanAreLaidOutOnTheGrid() throws Exception {
        Document doc = read("""
                <table border="1">
                  <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（三）不予公开</td><td>x</td></tr>
                  <tr><td>1.属于国家秘密</td><td>0</td><td>1</td></tr>
                  <tr><th colspan="3">合计</th><td>1</td></tr>
                </table>""");
        assertThat(rows(doc)).containsExactly(
                List.of("三、本年度办理结果", "（三）不予公开", "", "x"),
                List.of("", "1.属于国家秘密", "0", "1"),
                List.of("合计", "", "", "1"));
    }

    @Test
    void rowspanInTheMiddleShiftsLaterCells() throws Exception {
        Document doc = read("""
                <table><tbody>
                  <tr><td>a</td><td rowspan="3">b</td><td>c</td></tr>
                  <tr><td>d</td><td>e</td></tr>
                  <tr><td>f</td><td>g</td></tr>
                  <tr><td>h</td><td>i</td><td>j</td></tr>
                </tbody></table>""");
        assertThat(rows(doc)).containsExactly(List.of("a", "b", "c"), List.of("d", "", "e"), List.of("f", "", "g"),
                List.of("h", "i", "j"));
    }

    @Test
    void blockElementsAndLineBreaksAreParagraphsScriptsAndStylesAreNot() throws Exception {
        Document doc = read("""
                <html><head><title>标题不读</title><style>p{color:red}</style></head><body>
                <h1>2024年政府信息公开工作年度报告</h1>
                <script>var x = "不读";</script>
                <div>一、总体情况<p>正文<b>加粗</b>继续</p>第二行<br>第三行</div>
                <ul><li>列表一</li><li>列表二</li></ul>
                </body></html>""");
        assertThat(doc.blocks()).allMatch(b -> b.kind() == Block.Kind.PARAGRAPH);
        assertThat(doc.blocks().stream().map(Block::text).toList()).containsExactly(
                "2024年政府信息公开工作年度报告", "一、总体情况", "正文加粗继续", "第二行", "第三行", "列表一", "列表二");
    }

    @Test
    void nestedTableRowsFollowTheRowHoldingThem() throws Exception {
        Document doc = read("""
                <table><tr><td>外</td><td><table><tr><td>内1</td><td>2</td></tr></table></td></tr>
                <tr><td>下一行</td><td>3</td></tr></table>""");
        assertThat(rows(doc)).containsExactly(List.of("外", ""), List.of("内1", "2"), List.of("下一行", "3"));
    }

    @Test
    void charsetComesFromTheMetaTag() throws Exception {
        Path file = dir.resolve("gbk.html");
        Files.write(file, "<html><head><meta charset=\"gbk\"></head><body><p>政府信息公开工作年度报告</p></body></html>"
                .getBytes(Charset.forName("GBK")));
        assertThat(reader.read(file).blocks().get(0).text()).isEqualTo("政府信息公开工作年度报告");
    }

    @Test
    void hundredThousandNestedDivsNeitherOverflowNorTakeLong() throws Exception {
        long start = System.nanoTime();
        Document doc = Readers.standard().read(Fixtures.BAD.resolve("deep.html"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.blocks().stream().map(Block::text)).contains("一、总体情况", "最深处的文字");
    }

    private Document read(String html) throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, html);
        return reader.read(file);
    }

    private static List<List<String>> rows(Document doc) {
        return doc.blocks().stream().filter(b -> b.kind() == Block.Kind.ROW).map(Block::cells).toList();
    }
}
