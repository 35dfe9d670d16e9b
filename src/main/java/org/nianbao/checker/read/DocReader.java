package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Word 97–2003 (.doc) through POI HWPF. Paragraphs in document order; the paragraphs of a table are grouped
 * into one row block per table row, cell marks (\u0007) and field codes stripped. Word stores no grid for old
 * tables, so a vertically merged continuation is an empty cell and horizontal merges are one cell. Tables with
 * nothing between them come out as one table (HWPF cannot tell them apart).
 */
public final class DocReader implements ReportReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.DOC;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        BlockCollector out = new BlockCollector();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw OfficeFailure.encrypted("Word", null);
            }
            // the same container holds spreadsheets (.xls, WPS .et), presentations and WPS's own .wps: say which
            if (!fs.getRoot().hasEntryCaseInsensitive("WordDocument")) throw OfficeFailure.notWord(file, fs.getRoot());
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                read(doc.getRange(), out);
            }
        } catch (UnreadableInputException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            boolean plainWpsFailure = OfficeFailure.isWps(file) && !OfficeFailure.isZipBomb(e) && !OfficeFailure.isEncrypted(e);
            throw plainWpsFailure ? OfficeFailure.wps(e) : OfficeFailure.of("DOC", e);
        }
        return new Document(file, SourceFormat.DOC, out.blocks(), null);
    }

    private static void read(Range range, BlockCollector out) {
        int count = range.numParagraphs();
        for (int i = 0; i < count; ) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                for (int r = 0; r < table.numRows(); r++) out.row(cells(table.getRow(r)));
                i += Math.max(1, table.numParagraphs());
            } else {
                out.paragraph(clean(p.text()));
                i++;
            }
        }
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>(row.numCells());
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
            cells.add(continuation ? "" : clean(cell.text()));
        }
        return cells;
    }

    /** Field codes out, cell/paragraph marks out, soft line breaks as newlines, other control characters gone. */
    static String clean(String text) {
        String s = Range.stripFields(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u000B' || ch == '\r' || ch == '\n') sb.append('\n');
            else if (ch == '\t') sb.append(' ');
            else if (ch >= ' ' && ch != '\u007F') sb.append(ch);
        }
        return sb.toString().strip();
    }
}
