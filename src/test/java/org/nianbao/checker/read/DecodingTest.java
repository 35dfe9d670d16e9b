package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;

/**
 * Text as a browser would read it: labels through the WHATWG table (gb2312 is GB18030), UTF-16 without a
 * byte-order mark, and partial damage read with the rest instead of the whole file refused.
 */
class DecodingTest {

    static final Path SEED_TEXT = Path.of("reports-in/000_41ea44dbb3ddc373.txt");
    static final Path SEED_PAGE = Path.of("src/test/resources/fixtures/seeds/001_e4a3f774cb655e90.html");

    @TempDir
    Path dir;

    @Test
    void aPageLabelledGb2312IsReadAsGb18030LikeBrowsersDo() throws Exception {
        Path page = dir.resolve("gb2312.html");
        Files.write(page, gb2312Page().getBytes(Charset.forName("GB18030")));
        String text = text(new HtmlReader().read(page));
        assertThat(text).contains("现公布2024年1月1日\u20142024年12月31日").contains("二〇二五年一月二十日")
                .doesNotContain("\u2015").doesNotContain("\uFFFD");
    }

    @Test
    void whatwgLabelsMapToTheEncodingsBrowsersUse() {
        assertThat(TextDecoding.forLabel("gb2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(TextDecoding.forLabel(" GBK ")).isEqualTo(Charset.forName("GB18030"));
        assertThat(TextDecoding.forLabel("x-gbk")).isEqualTo(Charset.forName("GB18030"));
        assertThat(TextDecoding.forLabel("big5")).isEqualTo(Charset.forName("Big5-HKSCS"));
        assertThat(TextDecoding.forLabel("iso-8859-1")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(TextDecoding.forLabel("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoding.forLabel("hz-gb-2312")).isNull();
    }

    @Test
    void utf16LittleEndianWithoutAByteOrderMarkIsTextNotBinary() throws Exception {
        String text = Files.readString(SEED_TEXT);
        // 一 (U+4E00) and the ideographic space put NULs at even positions, ASCII at odd ones
        assertThat(text).contains("一、");
        Path file = dir.resolve("utf16le.txt");
        Files.write(file, ("\u3000" + text).getBytes(StandardCharsets.UTF_16LE));
        assertThat(FormatSniffer.sniff(file)).isEqualTo(SourceFormat.TXT);
        Document doc = Readers.standard().read(file);
        assertThat(text(doc)).contains("乐山市金口河区教育局").doesNotContain("\uFFFD");
        Path be = dir.resolve("utf16be.txt");
        Files.write(be, ("\u3000" + text).getBytes(StandardCharsets.UTF_16BE));
        assertThat(text(Readers.standard().read(be))).contains("乐山市金口河区教育局");
    }

    @Test
    void aGbkPageWithoutACharsetDeclarationIsDetected() throws Exception {
        Path page = dir.resolve("gbk.html");
        String html = Files.readString(SEED_PAGE).replace("<meta charset=\"utf-8\">", "");
        Files.write(page, html.getBytes(Charset.forName("GBK")));
        assertThat(text(new HtmlReader().read(page))).contains("南关区教育局政府信息公开工作年度报告").doesNotContain("\uFFFD");
    }

    @Test
    void aUtf8FileWithOneBadByteIsReadWithThatCharacterMarkedDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(SEED_TEXT);
        int at = indexOf(bytes, "总体情况".getBytes(StandardCharsets.UTF_8));
        bytes[at] = (byte) 0xFF;
        String text = TextReader.decode(bytes);
        assertThat(text).contains("\uFFFD体情况").contains("乐山市金口河区教育局");
        assertThat(text.chars().filter(c -> c == 0xFFFD).count()).isBetween(1L, 3L);
    }

    @Test
    void aPageSavedAgainAsUtf8KeepsItsTextThoughItsMetaStillSaysGb2312() throws Exception {
        Path page = dir.resolve("resaved.html");
        Files.writeString(page, gb2312Page());
        assertThat(text(new HtmlReader().read(page))).contains("二〇二五年一月二十日").doesNotContain("\uFFFD");
    }

    @Test
    void utf8ValidityIsToldAsStrictlyAsJavasDecoder() {
        String[] samples = {"政府信息公开", "abc", "\uD83D\uDE00 emoji", "〇—…"};
        for (String t : samples) assertThat(TextDecoding.isValidUtf8(t.getBytes(StandardCharsets.UTF_8))).as(t).isTrue();
        byte[][] invalid = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF}, {(byte) 0x80}};
        for (byte[] b : invalid) assertThat(TextDecoding.isValidUtf8(b)).isFalse();
    }

    /** Seed 001 as a government site serves it: declared gb2312, with a signature date written with 〇. */
    static String gb2312Page() throws Exception {
        return Files.readString(SEED_PAGE)
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .replace("</body>", "<p>南关区教育局</p>\n<p>二〇二五年一月二十日</p>\n</body>");
    }

    private static String text(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.blocks()) sb.append(b.text()).append('\n');
        return sb.toString();
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int k = 0; k < part.length; k++) if (data[i + k] != part[k]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }
}
