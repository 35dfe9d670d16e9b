package org.nianbao.checker.triage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.nianbao.checker.history.TriageStore;
import org.nianbao.checker.model.TriageDecision;
import org.nianbao.checker.write.TriageSheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the officers' 处理意见 and 备注 back from the 问题处理 sheet of a summary workbook, as Excel or WPS saved it,
 * streaming the sheet (a summary of 10,000 reports has tens of thousands of rows). Columns are found by their
 * headers, so an officer may move them. Rows with neither a decision nor a note are skipped; a decision that is
 * not one of the four words is reported, not guessed.
 */
public final class TriageSheetReader {

    /** What the sheet gave: the decisions and notes, and the rows that could not be used (with their row number). */
    public record Result(List<TriageStore.Entry> entries, List<String> problems) {
    }

    private TriageSheetReader() {
    }

    /** Reads {@code workbook}; a workbook without the sheet gives nothing. */
    public static Result read(Path workbook) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!TriageSheet.NAME.equals(sheets.getSheetName())) continue;
                    Rows rows = new Rows(workbook.toString());
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(pkg), rows, false));
                    xml.parse(new InputSource(sheet));
                    return new Result(rows.entries, rows.problems);
                }
            }
            return new Result(List.of(), List.of());
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException("无法读取 " + workbook + " 中的处理意见：" + e.getMessage() + " / cannot read the triage", e);
        }
    }

    /** Collects rows, the first one naming the columns. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final String file;
        final List<TriageStore.Entry> entries = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Map<String, Integer> columns = new HashMap<>();
        Map<Integer, String> row;
        int rowNum;

        Rows(String file) {
            this.file = file;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            row = new HashMap<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null) row.put((int) new CellReference(ref).getCol(), value);
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                row.forEach((c, v) -> columns.put(v.strip(), c));
                return;
            }
            String key = get(TriageSheet.KEY);
            String decisionText = get(TriageSheet.DECISION);
            String note = get(TriageSheet.NOTE);
            if (key == null || (decisionText == null && note == null)) return;
            TriageDecision decision = TriageDecision.of(decisionText);
            if (decisionText != null && decision == null) {
                problems.add("第 " + (rowNum + 1) + " 行的处理意见「" + decisionText + "」不是 确认、误报、已沟通、暂缓 之一，未采用");
                return;
            }
            Integer year = null;
            try {
                String y = get(TriageSheet.YEAR);
                if (y != null) year = (int) Double.parseDouble(y);
            } catch (NumberFormatException ignored) {
                // a year the officer edited into text is not needed to apply the decision
            }
            entries.add(new TriageStore.Entry(key, decision, note, get(TriageSheet.RULE), get(TriageSheet.AGENCY), year,
                    get(TriageSheet.FILE), get(TriageSheet.MESSAGE), null, file));
        }

        private String get(String header) {
            Integer c = columns.get(header);
            String v = c == null ? null : row.get(c);
            if (v == null) return null;
            v = v.strip();
            return v.isEmpty() ? null : v;
        }
    }
}
