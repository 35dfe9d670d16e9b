package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
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

    @Test
    void tableRowsComeOutCellByCellWithTheirPage() throws Exception {
        Document doc = read(CITY);
        assertThat(doc.format()).isEqualTo(SourceFormat.PDF);
        assertThat(doc.pages()).isEqualTo(6);
        // the row lies between the table's rules: its empty label cell stays a cell, as in the Word original
        Block numbers = doc.blocks().stream().filter(b -> b.cells().equals(List.of("", "3001", "53", "0", "0", "61", "4", "3119")))
                .findFirst().orElseThrow();
        assertThat(numbers.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(numbers.location().page()).isEqualTo(4);
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.cells()).containsExactly("行政处罚", "3985758"));
    }

    @Test
    void aLabelRowOfARuledTableKeepsItsEmptyCells() throws Exception {
        assertThat(read(CITY).blocks()).anySatisfy(b -> assertThat(b.cells())
                .containsExactly("一、本年新收政府信息公开申请数量", "", "", "", "", "", "", ""));
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

    static ParsedReport parse(Path p) throws Exception {
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(read(p));
        return new ReportParser(ParserSettings.defaults()).parse(n.document(), n.flags());
    }
}
