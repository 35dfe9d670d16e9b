package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.ReportTable;

/** Rows and cells rebuilt from glyph positions in the real published PDFs. */
class PdfReaderTest {

    static final Path CITY = Path.of("src/test/resources/corpus/huaian-city-gov-2024.pdf");

    static Document read(Path p) throws Exception {
        return new PdfReader().read(p);
    }

    /**
     * A ruled row whose numbers a page drew as separate runs: "2 6" with a space glyph, and "1" over "5" wrapped in
     * a narrow cell. Between two rules a cell holds one value, so they are 26 and 15.
     */
    @Test
    void digitsDrawnAsSeparateRunsInsideARuledCellAreOneNumber(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                float top = 700, bottom = 660;
                for (float x : new float[]{50, 200, 260, 320}) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, bottom);
                }
                cs.moveTo(50, top);
                cs.lineTo(320, top);
                cs.moveTo(50, bottom);
                cs.lineTo(320, bottom);
                cs.stroke();
                text(cs, font, 60, 680, "Rows");
                text(cs, font, 210, 680, "2");
                text(cs, font, 222, 680, "6");
                text(cs, font, 280, 685, "1");
                text(cs, font, 280, 672, "5");
            }
            pdf.save(file.toFile());
        }
        assertThat(read(file).blocks()).anySatisfy(b -> assertThat(b.cells()).containsExactly("Rows", "26", "15"));
    }

    private static void text(org.apache.pdfbox.pdmodel.PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font,
                             float x, float y, String s) throws java.io.IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void aTableRowComesOutAsOneRowWithItsLabelAndNumbersAndItsPage() throws Exception {
        Document doc = read(CITY);
        assertThat(doc.format()).isEqualTo(SourceFormat.PDF);
        assertThat(doc.pages()).isEqualTo(6);
        // WPS sets the label 2.3 pt above the numbers of its row; both lie between the same two rules
        Block row = doc.blocks().stream()
                .filter(b -> b.cells().equals(List.of("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119")))
                .findFirst().orElseThrow();
        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(row.location().page()).isEqualTo(4);
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.cells()).containsExactly("行政处罚", "3985758"));
    }

    @Test
    void aLabelWrappedInsideItsCellIsJoinedAndTheRowKeepsItsEmptyCells() throws Exception {
        // printed over two lines with the numbers set between them; the group cell to the left is empty here
        assertThat(read(CITY).blocks()).anySatisfy(b -> assertThat(b.cells()).containsExactly(
                "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "0", "0", "0", "0", "454"));
        // three lines, and a row that continues on the next page keeps that page
        Block other = read(CITY).blocks().stream()
                .filter(b -> b.cells().contains("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")).findFirst().orElseThrow();
        assertThat(other.cells()).endsWith("67", "3", "0", "0", "1", "0", "71");
        assertThat(other.location().page()).isEqualTo(5);
    }

    @Test
    void headerWordsSplitOverLinesInOneCellAreJoined() throws Exception {
        assertThat(read(CITY).blocks()).anySatisfy(b -> assertThat(b.cells())
                .containsSubsequence("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
    }

    @Test
    void tableFourIsOneRowOfFifteenNumbers() throws Exception {
        Document doc = read(Path.of("src/test/resources/corpus/huaian-hongze-district-gov-2024.pdf"));
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.cells())
                .containsExactly("1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"));
    }

    @Test
    void pageFootersAreDropped() throws Exception {
        assertThat(read(CITY).blocks()).noneMatch(b -> b.text().matches("[-—–\\s]*\\d+[-—–\\s]*"));
    }

    @Test
    void everyTableThreeTotalIsReadAsPrinted() throws Exception {
        // MANIFEST: 3119 + 34 = 3050 + 103 in the 总计 column
        ParsedReport p = parse(CITY);
        ReportTable t3 = p.table("T3");
        assertThat(t3.missing()).isEmpty();
        assertThat(t3.cell("NEW", "TOTAL").value()).isEqualTo(3119.0);
        assertThat(t3.cell("CARRIED_IN", "TOTAL").value()).isEqualTo(34.0);
        assertThat(t3.cell("OUTCOME_TOTAL", "TOTAL").value()).isEqualTo(3050.0);
        assertThat(t3.cell("CARRIED_OUT", "TOTAL").value()).isEqualTo(103.0);
        // a label wrapped over three lines with the vertical group cell between them
        assertThat(t3.cell("OTHER_2", "NATURAL").value()).isEqualTo(6.0);
        assertThat(p.table("T2").cell("FEES", "AMOUNT").value()).isEqualTo(96171.6);
        assertThat(p.sections()).hasSize(6);
    }

    @Test
    void hongzeTablesWithTheTypoLabelAreComplete() throws Exception {
        // "2.其他法律行政止公开" is how both 洪泽区 reports print it
        for (String year : new String[]{"2023", "2024"}) {
            ParsedReport p = parse(Path.of("src/test/resources/corpus/huaian-hongze-district-gov-" + year + ".pdf"));
            assertThat(p.table("T3").missing()).as(year).isEmpty();
            assertThat(p.table("T3").rows()).as(year).contains("DENIED_2", "OTHER");
            assertThat(p.table("T4").cells()).as(year).hasSize(15);
        }
        assertThat(parse(Path.of("src/test/resources/corpus/huaian-hongze-district-gov-2024.pdf")).table("T3")
                .cell("NEW", "TOTAL").value()).isEqualTo(95.0);
    }

    @Test
    void aScannedPdfHasNoTextAndSaysHowManyPages() {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> Readers.standard().read(Fixtures.BAD.resolve("scanned.pdf")));
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.NO_TEXT);
        assertThat(e.pages()).isEqualTo(1);
        assertThat(e.reasonZh()).contains("没有文字层").contains("共 1 页").contains("扫描件");
    }

    @Test
    void anEncryptedPdfIsUnreadableBecauseOfItsPassword() {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> Readers.standard().read(Fixtures.BAD.resolve("encrypted.pdf")));
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.UNREADABLE);
        assertThat(e.reasonZh()).contains("PDF 已加密");
    }

    @Test
    void aTruncatedPdfIsRefusedRatherThanHalfRead() {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> Readers.standard().read(Fixtures.BAD.resolve("truncated.pdf")));
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.UNREADABLE);
        assertThat(e.reasonZh()).contains("不完整").contains("截断");
    }

    @Test
    void garbageBehindAPdfHeaderIsDamaged() throws Exception {
        Path fake = Files.createTempFile("garbage", ".pdf");
        try {
            Files.writeString(fake, "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n");
            assertThatThrownBy(() -> Readers.standard().read(fake)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("PDF").hasMessageContaining("损坏");
        } finally {
            Files.deleteIfExists(fake);
        }
    }

    @Test
    void aPageTreeThatPointsBackAtItselfEndsQuickly() throws Exception {
        long start = System.nanoTime();
        Document doc = Readers.standard().read(Fixtures.BAD.resolve("loop.pdf"));
        assertThat(doc.pages()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    static ParsedReport parse(Path p) throws Exception {
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(read(p));
        return new ReportParser(ParserSettings.defaults()).parse(n.document(), n.flags());
    }
}
