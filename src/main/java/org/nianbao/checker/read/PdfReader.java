package org.nianbao.checker.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * PDFs with a text layer (PDFBox 3). Glyphs are grouped into visual lines by their y position and each line is
 * cut into cells where the horizontal gap between glyphs is wider than a character: table columns stand far
 * apart, a sentence does not. Page footers that are only a page number (-1-, — 4 —, 第 3 页) are dropped; every
 * block keeps its page.
 */
public final class PdfReader implements ReportReader {

    static final int MAX_PAGES = 2000;
    private static final Pattern FOOTER = Pattern.compile("^[-—–―_\\s]*\\d{1,4}[-—–―_\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$");

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new UnreadableInputException(UnreadableInputException.Kind.UNREADABLE,
                        "PDF 共 " + pages + " 页，超过上限 " + MAX_PAGES + " 页，未读取；请确认是否为年度报告", "the PDF has " + pages
                        + " pages, more than the limit of " + MAX_PAGES, pages, null);
            }
            LineCollector collector = new LineCollector();
            collector.writeText(pdf, Writer.nullWriter());
            boolean anyText = collector.blocks.stream().anyMatch(b -> !b.text().isBlank());
            if (!anyText) {
                throw new UnreadableInputException(UnreadableInputException.Kind.NO_TEXT,
                        "PDF 没有文字层（共 " + pages + " 页，可能是扫描件），无法检查；请提交由 Word/WPS 直接导出的 PDF 或 Word 版本",
                        "the PDF has no text layer (" + pages + " pages; probably scanned)", pages, null);
            }
            return new Document(file, SourceFormat.PDF, collector.blocks, pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF 已加密（需要密码才能打开），无法读取；请提交未加密的版本",
                    "the PDF is encrypted and needs a password", e);
        }
    }

    /** Collects each page's glyphs and turns them into blocks when the page ends. */
    private static final class LineCollector extends PDFTextStripper {

        final List<Block> blocks = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private int lineNumber;

        LineCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String u = text.getUnicode();
            if (u == null || u.isEmpty()) return;
            glyphs.add(text);
        }

        @Override
        protected void endPage(PDPage page) {
            int pageNo = getCurrentPageNo();
            for (List<TextPosition> line : lines(glyphs)) {
                List<String> cells = cells(line);
                String joined = String.join("", cells).strip();
                if (joined.isEmpty() || FOOTER.matcher(joined).matches()) continue;
                Location at = new Location(pageNo, ++lineNumber);
                blocks.add(cells.size() > 1 ? Block.row(cells, at) : Block.paragraph(cells.get(0), at));
            }
            glyphs.clear();
        }

        /** Glyphs sharing a baseline (within half a glyph's height) form a line, left to right. */
        private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> lines = new ArrayList<>();
            List<TextPosition> current = new ArrayList<>();
            double baseline = Double.NaN;
            for (TextPosition g : sorted) {
                double tolerance = Math.max(1.5, g.getHeightDir() * 0.5);
                if (!current.isEmpty() && Math.abs(g.getYDirAdj() - baseline) > tolerance) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) baseline = g.getYDirAdj();
                current.add(g);
            }
            if (!current.isEmpty()) lines.add(current);
            for (List<TextPosition> line : lines) line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            return lines;
        }

        /** A gap wider than about two-thirds of a character starts a new cell; spaces inside a cell are kept. */
        private static List<String> cells(List<TextPosition> line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            double end = Double.NaN;
            for (TextPosition g : line) {
                double size = Math.max(g.getFontSizeInPt(), g.getWidthDirAdj());
                double gap = g.getXDirAdj() - end;
                if (!Double.isNaN(end) && gap > Math.max(4.0, size * 0.6)) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                }
                cell.append(g.getUnicode());
                end = Math.max(Double.isNaN(end) ? 0 : end, g.getXDirAdj() + g.getWidthDirAdj());
            }
            cells.add(cell.toString().strip());
            cells.removeIf(String::isEmpty);
            if (cells.isEmpty()) cells.add("");
            return cells;
        }
    }
}
