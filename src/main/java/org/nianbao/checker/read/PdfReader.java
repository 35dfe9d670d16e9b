package org.nianbao.checker.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ScanInfo;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.scan.ScanReader;
import org.nianbao.checker.read.scan.ScanRecognizer;
import org.nianbao.checker.read.scan.Tesseract;

/**
 * PDFs with a text layer (PDFBox 3). Glyphs are grouped into visual lines by their y position and each line is
 * cut into cells where the horizontal gap between glyphs is wider than a character: table columns stand far
 * apart, a sentence does not — or where a vertical table rule runs between them, which separates narrow columns
 * whose numbers nearly touch. Page footers that are only a page number (-1-, — 4 —, 第 3 页) are dropped; every
 * block keeps its page.
 */
public final class PdfReader implements ReportReader {

    static final int MAX_PAGES = 2000;

    /** Recognises the pages that have no text layer (scans); empty when no OCR engine is installed. */
    private final Optional<Tesseract> ocr;

    public PdfReader() {
        this(Tesseract.installed());
    }

    public PdfReader(Optional<Tesseract> ocr) {
        this.ocr = ocr;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        return read(file, ReadingTime.unlimited());
    }

    /**
     * The text layer's blocks; pages without one (a scan, text turned into outlines) are recognised by OCR when the
     * engine is there, each page's blocks in its place, and the document says which pages were recognised.
     */
    @Override
    public Document read(Path file, ReadingTime time) throws UnreadableInputException, IOException {
        if (!hasEndMarker(file)) {
            // PDFBox would rebuild what it can of a cut-off file; half a report must not be checked as a whole one
            throw new UnreadableInputException("PDF 文件不完整（缺少文件结尾 %%EOF，可能下载或复制时被截断），未检查；请重新下载或重新导出后提交",
                    "the PDF is truncated (no %%EOF at its end)");
        }
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
            List<Integer> scanned = new ArrayList<>();
            for (int p = 1; p <= pages; p++) if (!collector.textPages.contains(p)) scanned.add(p);
            if (scanned.isEmpty() || ocr.isEmpty()) {
                if (!anyText) {
                    String hint = ocr.isEmpty() ? "；" + Tesseract.INSTALL_HINT_ZH : "";
                    throw new UnreadableInputException(UnreadableInputException.Kind.NO_TEXT,
                            "PDF 没有文字层（共 " + pages + " 页，可能是扫描件），无法检查；请提交由 Word/WPS 直接导出的 PDF 或 Word 版本" + hint,
                            "the PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages") + "; probably scanned)"
                                    + (ocr.isEmpty() ? "; " + Tesseract.INSTALL_HINT_EN : ""), pages, null);
                }
                return new Document(file, SourceFormat.PDF, collector.blocks, pages);
            }
            return withScannedPages(file, pdf, collector.blocks, scanned, time);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF 已加密（需要密码才能打开），无法读取；请提交未加密的版本",
                    "the PDF is encrypted and needs a password", e);
        }
    }

    /** The text layer's blocks with the recognised pages' blocks in page order, numbered line by line again. */
    private Document withScannedPages(Path file, PDDocument pdf, List<Block> textBlocks, List<Integer> scanned, ReadingTime time)
            throws IOException, UnreadableInputException {
        time.allowPages(scanned.size());
        ScanRecognizer recognizer = new ScanRecognizer(ocr.orElseThrow());
        java.util.Map<Integer, List<Block>> byPage = new java.util.TreeMap<>();
        for (Block b : textBlocks) byPage.computeIfAbsent(b.location().page(), k -> new ArrayList<>()).add(b);
        for (int p : scanned) {
            time.check();
            byPage.put(p, recognizer.pdfPage(pdf, p - 1, time));
        }
        List<Block> all = new ArrayList<>();
        for (List<Block> page : byPage.values()) all.addAll(page);
        int pages = pdf.getNumberOfPages();
        if (all.stream().allMatch(b -> b.text().isBlank())) {
            throw new UnreadableInputException(UnreadableInputException.Kind.NO_TEXT,
                    "PDF 没有文字层（共 " + pages + " 页，可能是扫描件），文字识别也未读出文字" + recognizer.coarseReasonZh()
                            + "；请确认扫描件是否清晰，或提交由 Word/WPS 直接导出的 PDF 或 Word 版本",
                    "the PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages") + "; probably scanned) and OCR found no text in it"
                            + recognizer.coarseReasonEn(), pages, null);
        }
        return new Document(file, SourceFormat.PDF, ScanReader.numbered(all), pages, new ScanInfo(recognizer.engine(), scanned));
    }

    /** A complete PDF ends with %%EOF (possibly followed by a little whitespace or padding). */
    static boolean hasEndMarker(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            int n = (int) Math.min(size, 4096);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
            ch.read(tail, size - n);
            return new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    /** Collects each page's glyphs and turns them into blocks when the page ends. */
    private static final class LineCollector extends PDFTextStripper {

        static final Pattern SPACED_DIGITS = Pattern.compile("\\d+( \\d+)*");

        final List<Block> blocks = new ArrayList<>();
        /** Pages that have text in their text layer; the others are scans (or blank). */
        final java.util.Set<Integer> textPages = new java.util.HashSet<>();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private int lineNumber;

        private final Rulings rulings = new Rulings();

        LineCollector() throws IOException {
            setSortByPosition(true);
            // the text stripper ignores drawing; these record the table's vertical rules in the same pass
            for (String op : Rulings.OPERATORS) addOperator(rulings.processor(this, op));
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
            rulings.startPage(page.getCropBox());
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
            for (TextPosition g : glyphs) {
                if (!g.getUnicode().isBlank()) {
                    textPages.add(pageNo);
                    break;
                }
            }
            List<List<TextPosition>> lines = lines(glyphs);
            Cut open = null;
            for (int i = 0; i < lines.size(); i++) {
                Cut cut = cut(lines.get(i), rulings);
                String joined = String.join("", cut.cells()).strip();
                if (joined.isEmpty() || isPageNumber(lines, i, joined, page.getCropBox())) continue;
                if (open != null && open.sameRowAs(cut)) {
                    open = open.merge(cut);
                } else {
                    emit(open, pageNo);
                    open = cut;
                }
            }
            emit(open, pageNo);
            glyphs.clear();
        }

        private void emit(Cut cut, int pageNo) {
            if (cut == null) return;
            Location at = new Location(pageNo, ++lineNumber);
            blocks.add(cut.cells().size() > 1 ? Block.row(cut.cells(), at) : Block.paragraph(cut.cells().get(0), at));
        }

        /**
         * A page number is the first or last line of the page, in its margin, and either decorated (-4-, — 4 —,
         * 第 4 页) or a bare number standing alone in the middle, well apart from the text. A lone number inside a
         * table (a one-cell row at the foot of the page) is data and stays.
         */
        private static boolean isPageNumber(List<List<TextPosition>> lines, int i, String text, PDRectangle box) {
            if (!PageNumbers.looksLikeOne(text)) return false;
            boolean first = i == 0, last = i == lines.size() - 1;
            if (!first && !last) return false;
            List<TextPosition> line = lines.get(i);
            double y = line.get(0).getYDirAdj();
            if (!(y > box.getHeight() * 0.85 || y < box.getHeight() * 0.10)) return false;
            if (!text.matches("\\d+")) return true;   // decorated: -4-, 第 4 页, 4/6
            TextPosition a = line.get(0), z = line.get(line.size() - 1);
            double centre = (a.getXDirAdj() + z.getXDirAdj() + z.getWidthDirAdj()) / 2;
            boolean centred = Math.abs(centre - box.getWidth() / 2) < box.getWidth() * 0.1;
            List<TextPosition> neighbour = lines.size() > 1 ? lines.get(last ? i - 1 : i + 1) : null;
            double gap = neighbour == null ? Double.MAX_VALUE : Math.abs(y - neighbour.get(0).getYDirAdj());
            return centred && gap > 2.5 * Math.max(a.getHeightDir(), 8);
        }

        /**
         * Glyphs sharing a baseline form a line, left to right. The tolerance is 40% of the font size: WPS sets a
         * table's label a couple of points above the numbers of the same row (2.3 pt at 7 pt in 淮安市 2024), and
         * PDFBox's glyph height (3.7 pt there) is too small a measure for that.
         */
        private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> lines = new ArrayList<>();
            List<TextPosition> current = new ArrayList<>();
            double first = Double.NaN, last = Double.NaN;
            for (TextPosition g : sorted) {
                // close to the line's lowest glyph so far, and not drifting further than most of a character from
                // its top: a vertical group cell's characters, a row apart, never chain two rows together
                double y = g.getYDirAdj(), tolerance = Math.max(1.5, size(g) * 0.4);
                if (!current.isEmpty() && (y - last > tolerance || y - first > Math.max(2.0, size(g) * 0.8))) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) first = y;
                last = y;
                current.add(g);
            }
            if (!current.isEmpty()) lines.add(current);
            for (List<TextPosition> line : lines) line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            return lines;
        }

        /** The font size, unless a scaled text matrix makes it meaningless (then the glyph height). */
        private static double size(TextPosition g) {
            double height = g.getHeightDir(), font = g.getFontSizeInPt();
            return font > height && font < height * 4 ? font : height;
        }

        /**
         * A gap wider than about two-thirds of a character starts a new cell; spaces inside a cell are kept. The
         * digits of one number touch, so between two digits a quarter of a character already separates cells
         * (narrow table columns put their numbers close together).
         */
        private static Cut cut(List<TextPosition> line, Rulings rulings) {
            double mid = line.get(0).getYDirAdj() - line.get(0).getHeightDir() / 2;
            List<Double> ruled = rulings.verticalsAt(mid);
            if (ruled.size() >= 3) {
                List<String> cells = ruledCells(line, ruled);
                if (cells != null) {
                    // the row is known by the rules above and below the last column, where the numbers stand
                    double right = ruled.get(ruled.size() - 1), before = ruled.get(ruled.size() - 2);
                    return new Cut(cells, rulings.bandAt((right + before) / 2, mid));
                }
            }
            return new Cut(gapCells(line, rulings), null);
        }

        /**
         * Cells of a line that lies in a ruled table: one cell per space between two rules, empty ones included, so
         * that a blank cell keeps its column as in a Word table. Null when glyphs fall outside the rules.
         */
        private static List<String> ruledCells(List<TextPosition> line, List<Double> rules) {
            List<Double> edges = new ArrayList<>();
            for (double x : rules) if (edges.isEmpty() || x - edges.get(edges.size() - 1) > 2.0) edges.add(x);
            if (edges.size() < 3) return null;
            StringBuilder[] cells = new StringBuilder[edges.size() - 1];
            for (int c = 0; c < cells.length; c++) cells[c] = new StringBuilder();
            for (TextPosition g : line) {
                double centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                int c = 0;
                while (c < cells.length && centre > edges.get(c + 1)) c++;
                if (centre < edges.get(0) || c >= cells.length) return null;
                cells[c].append(g.getUnicode());
            }
            List<String> out = new ArrayList<>();
            for (StringBuilder c : cells) out.add(oneNumber(c.toString().strip()));
            return out;
        }

        /**
         * Between two rules a cell holds one value: digits that a page drew as separate runs ("2 6", Word-made web
         * pages do) are one number, 26. Only in a ruled cell, whose borders are certain; elsewhere "1 0" stays as
         * written (CELL_MALFORMED).
         */
        static String oneNumber(String cell) {
            return SPACED_DIGITS.matcher(cell).matches() ? cell.replace(" ", "") : cell;
        }

        private static List<String> gapCells(List<TextPosition> line, Rulings rulings) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            double end = Double.NaN;
            char previous = 0;
            double middle = line.get(0).getYDirAdj() - line.get(0).getHeightDir() / 2;
            List<Double> rules = rulings.verticalsAt(middle);
            for (TextPosition g : line) {
                double size = Math.max(g.getFontSizeInPt(), g.getWidthDirAdj());
                double gap = g.getXDirAdj() - end;
                String u = g.getUnicode();
                boolean digits = Character.isDigit(previous) && !u.isEmpty() && Character.isDigit(u.charAt(0));
                double threshold = digits ? Math.max(1.5, size * 0.25) : Math.max(4.0, size * 0.6);
                previous = u.isEmpty() ? 0 : u.charAt(u.length() - 1);
                boolean ruled = !Double.isNaN(end) && Rulings.between(rules, end, g.getXDirAdj());
                if (!Double.isNaN(end) && (gap > threshold || ruled)) {
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

    /**
     * The cells of one visual line, and for a line inside a ruled table the band between the horizontal rules it
     * sits in. Lines in the same band with the same columns are one table row: a label wrapped over two lines and
     * the numbers set between them come out as one row, each cell's pieces joined in reading order.
     */
    private record Cut(List<String> cells, Rulings.Band band) {

        boolean sameRowAs(Cut next) {
            return band != null && band.equals(next.band) && cells.size() == next.cells.size();
        }

        Cut merge(Cut next) {
            List<String> merged = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) merged.add(joinWrapped(cells.get(c), next.cells.get(c)));
            return new Cut(merged, band);
        }

        /**
         * Chinese text wraps without a space; two Latin letters meeting at the wrap keep one between them. A number
         * wrapped in a narrow ruled cell ("2" over "6") is one number.
         */
        static String joinWrapped(String first, String second) {
            if (first.isEmpty()) return second;
            if (second.isEmpty()) return first;
            char a = first.charAt(first.length() - 1), b = second.charAt(0);
            if (LineCollector.SPACED_DIGITS.matcher(first).matches() && LineCollector.SPACED_DIGITS.matcher(second).matches()) {
                return first + second;
            }
            boolean latin = a < 128 && Character.isLetterOrDigit(a) && b < 128 && Character.isLetterOrDigit(b);
            return latin ? first + " " + second : first + second;
        }
    }
}
