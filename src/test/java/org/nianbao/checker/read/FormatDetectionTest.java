package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/** Formats are told by content: renamed files, pages without a doctype, images and empty files. */
class FormatDetectionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"docx,DOCX", "doc,DOC", "html,HTML", "pdf,PDF"})
    void seedFixturesAreSniffedByContent(String ext, SourceFormat format) throws Exception {
        assertThat(FormatSniffer.sniff(Fixtures.seed(Fixtures.SEED_000, ext))).isEqualTo(format);
    }

    @Test
    void docxRenamedPdfIsDocx() throws Exception {
        assertThat(FormatSniffer.sniff(Fixtures.BAD.resolve("docx-named.pdf"))).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void zipBombIsSniffedWithoutInflatingIt() throws Exception {
        long start = System.nanoTime();
        assertThat(FormatSniffer.sniff(Fixtures.BAD.resolve("zipbomb.docx"))).isEqualTo(SourceFormat.DOCX);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body><p>年度报告</p></body></html>",
            "<HTML>\n<HEAD><TITLE>年度报告</TITLE></HEAD>",
            "  <meta charset=gbk><p>年度报告</p>",
            "<div class=article><p>一、总体情况</p></div>"})
    void pagesWithoutDoctypeAreHtml(String page) throws Exception {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, page);
        assertThat(FormatSniffer.sniff(file)).as(page).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void utf16PageIsHtml() throws Exception {
        Path file = dir.resolve("page.htm");
        Files.write(file, "\uFEFF<html><body><p>年度报告</p></body></html>".getBytes(StandardCharsets.UTF_16LE));
        assertThat(FormatSniffer.sniff(file)).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void textWithAnAngleBracketStaysText() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "一、总体情况\n申请数量<5件的情形\n");
        assertThat(FormatSniffer.sniff(file)).isEqualTo(SourceFormat.TXT);
    }

    @Test
    void aTinyPictureAndAnEmptyFileAreRefusedWithTheirReason() {
        // an 8x8 picture is read as a scan, and refused as far too coarse to recognise anything in
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.BAD.resolve("image.png")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("图片");
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.BAD.resolve("empty.txt")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件为空");
    }
}
