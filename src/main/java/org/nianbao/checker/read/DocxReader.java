package org.nianbao.checker.read;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ (.docx) through POI XWPF. Body paragraphs and tables in document order; each table row is one row
 * block whose cells line up with the table grid: a horizontally merged cell keeps its text once followed by empty
 * cells for the columns it spans, a vertically merged continuation is empty, and a nested table's rows follow the
 * row that holds it. POI's zip guards stay on (and a single part may not inflate past 100 MB), so a zip bomb is
 * refused before it fills the memory.
 */
public final class DocxReader implements ReportReader {

    /** No real report has a part this large; a bigger one is a bomb, whatever its ratio. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    private static final int MAX_NESTING = 32;
    private static final int MAX_SPAN = 64;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        BlockCollector out = new BlockCollector();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.paragraph(visibleText(p));
                } else if (element instanceof XWPFTable t) {
                    table(t, out, 0);
                } else if (element instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\n", -1)) out.paragraph(line);
                }
            }
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailure.of("DOCX", e);
        }
        return new Document(file, SourceFormat.DOCX, out.blocks(), null);
    }

    private static void table(XWPFTable table, BlockCollector out, int depth) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < gridBefore(row); i++) cells.add("");
            List<XWPFTable> nested = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(isMergeContinuation(cell) ? "" : text(cell));
                for (int i = 1; i < gridSpan(cell); i++) cells.add("");
                nested.addAll(cell.getTables());
            }
            out.row(cells);
            if (depth < MAX_NESTING) for (XWPFTable inner : nested) table(inner, out, depth + 1);
        }
    }

    /** The cell's own paragraphs, one per line; text of tables nested in it is read as rows of its own. */
    private static String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(visibleText(p));
        }
        return sb.toString().strip();
    }

    /**
     * The paragraph's text as Word shows it: runs hidden with w:vanish (directly, or by their character or
     * paragraph style) are left out. Why: a hidden earlier figure beside the printed one made a row's numbers
     * add up wrong (a false T3_ROW_TOTAL) though the published document is right. Otherwise as POI's getText.
     */
    static String visibleText(XWPFParagraph p) {
        boolean hiddenByParagraphStyle = styleHides(p.getDocument().getStyles(), p.getStyleID());
        boolean anyHidden = hiddenByParagraphStyle;
        for (IRunElement r : p.getIRuns()) if (r instanceof XWPFRun run && isHidden(run)) anyHidden = true;
        if (!anyHidden) return p.getText();
        StringBuilder out = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                boolean hidden = isHidden(run) || hiddenByParagraphStyle && !explicitlyShown(run);
                if (!hidden && run.getCTR().getDelTextArray().length == 0) out.append(run);
            } else if (r instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            } else {
                out.append(r);
            }
        }
        return out.append(p.getFootnoteText()).toString();
    }

    private static boolean isHidden(XWPFRun run) {
        if (run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfVanishArray() > 0) return run.isVanish();
        return styleHides(run.getDocument().getStyles(), run.getStyle());
    }

    /** The run says w:vanish w:val="false" itself, overriding a hiding paragraph style. */
    private static boolean explicitlyShown(XWPFRun run) {
        return run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfVanishArray() > 0 && !run.isVanish();
    }

    /** Whether the style (or one it is based on) hides its text. */
    private static boolean styleHides(XWPFStyles styles, String styleId) {
        for (int depth = 0; styles != null && styleId != null && !styleId.isEmpty() && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) return false;
            CTRPr pr = style.getCTStyle().getRPr();
            if (pr != null && pr.sizeOfVanishArray() > 0) {
                Object val = pr.getVanishArray(0).getVal();
                return val == null || !(val.toString().equals("false") || val.toString().equals("0") || val.toString().equals("off"));
            }
            styleId = style.getBasisStyleID();
        }
        return false;
    }

    private static boolean isMergeContinuation(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) return false;
        CTVMerge merge = pr.getVMerge();
        return merge.getVal() == null || merge.getVal() == STMerge.CONTINUE;
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan()) return 1;
        return clamp(pr.getGridSpan().getVal());
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) return 0;
        CTDecimalNumber n = pr.getGridBeforeArray(0);
        return n.getVal() == null ? 0 : Math.max(0, Math.min(MAX_SPAN, n.getVal().intValue()));
    }

    private static int clamp(BigInteger value) {
        if (value == null) return 1;
        return Math.max(1, Math.min(MAX_SPAN, value.intValue()));
    }
}
