package org.nianbao.checker.crossreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.TextReader;
import org.nianbao.checker.rules.CopyThreshold;

/**
 * What a report leaves for the checks across years: table 二 and table 三's carry-over rows as read, but no number
 * recognised from a scan, since a carry-over mismatch is a warning to the agency and OCR can misread with high
 * confidence.
 */
class MemoCellsTest {

    private static ParsedReport seed002() throws Exception {
        Path file = Path.of("reports-in/002_ced1e3ba6e50580e.txt");
        Document doc = new Document(file, SourceFormat.TXT, TextReader.toBlocks(Files.readString(file)), null);
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(doc);
        return new ReportParser(ParserSettings.defaults()).parse(n.document(), n.flags());
    }

    @Test
    void aTextReportLeavesItsCarryOverCells() throws Exception {
        ParsedReport p = seed002();
        var memo = new MemoMaker(CopyThreshold.DEFAULT, false).of(p, Path.of("reports-in/002_ced1e3ba6e50580e.txt"));
        assertThat(memo.cells()).anyMatch(c -> c.table().equals("T3") && c.row().equals("CARRIED_OUT") && c.value() != null);
        assertThat(memo.cells()).anyMatch(c -> c.table().equals("T2"));
    }

    @Test
    void theSameReportRecognisedFromAScanLeavesNoCells() throws Exception {
        ParsedReport p = seed002();
        List<ReportTable> scanned = new ArrayList<>();
        for (ReportTable t : p.tables()) {
            Map<String, TableCell> cells = new LinkedHashMap<>();
            t.cells().forEach((k, c) -> cells.put(k, new TableCell(c.table(), c.row(), c.rowLabel(), c.column(), c.columnLabel(),
                    c.value(), c.blank(), c.malformed(), c.raw(), c.location(), c.reading(), c.run(), 96.0)));
            scanned.add(new ReportTable(t.table(), t.found(), t.template(), t.location(), t.rows(), t.columns(), cells,
                    t.missing(), t.unreadable()));
        }
        ParsedReport scan = new ParsedReport(p.report(), p.sections(), scanned, p.statements(), p.flags(), p.markers());

        var memo = new MemoMaker(CopyThreshold.DEFAULT, false).of(scan, Path.of("reports-in/002_ced1e3ba6e50580e.txt"));

        assertThat(memo.cells()).isEmpty();
    }
}
