package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.read.PageNumbers;
import org.nianbao.checker.read.ReadingTime;

/**
 * One scanned page to blocks, the way the PDF reader makes them from a text layer: a table row per band of a ruled
 * table with one cell per space between its rules (empty ones kept), and a paragraph per line of running text, in
 * reading order. The page is levelled first; each table cell is recognised on its own (numbers with a digits-only
 * model, words in Chinese), because whole-page OCR turns ruled cells into noise; the text around the tables is
 * recognised as a block with the tables painted out. Every block carries the engine's confidence per cell.
 */
final class PageRecognizer {

    /**
     * Running text is read at about this resolution: Chinese body text reads as well at 200–250 dpi as at 300, and
     * the engine's time grows with the pixels (a full page of text: about 7 s at 300 dpi, 3 s at 200 on one core).
     */
    private static final int TEXT_DPI = 220;
    /** Cell crops are scaled so that their glyphs are about this tall, which the engine reads best. */
    private static final double GLYPH_PIXELS = 40;
    /**
     * Number cells are read a second time at this fraction of the size, and a cell whose two readings differ gets
     * confidence 0: on the real reports' 7-point digits the engine read 454 as 154 at 95% confidence, and such a
     * misreading rarely survives a change of scale.
     */
    private static final double SECOND_READING = 0.75;

    private static final ExecutorService BATCHES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ocr-batch");
        t.setDaemon(true);
        return t;
    });

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageRecognizer.class);

    private final Tesseract engine;

    PageRecognizer(Tesseract engine) {
        this.engine = engine;
    }

    /** A block of the page before it gets its line number, with its height on the page for the reading order. */
    private record Placed(int y, Block block) {
    }

    /** A cell waiting for the engine: its row, its column, and the image index in its batch. */
    private record Pending(int row, int column, int image) {
    }

    /** The page's blocks in reading order; their locations carry the page, and line 0 until the reader numbers them. */
    List<Block> read(GreyImage scanned, int pageNo, ReadingTime time) throws IOException, InterruptedException {
        time.check();
        long t0 = System.nanoTime();
        Ink ink = Ink.of(scanned);
        double skew = Skew.estimate(scanned, ink.rules());
        GreyImage page = Math.abs(skew) >= 0.05 ? scanned.levelled(skew) : scanned;
        long t1 = System.nanoTime();
        List<TableGrid.Table> tables = TableGrid.find(page, ink);
        long t2 = System.nanoTime();
        Location at = new Location(pageNo, 0);

        Path work = Files.createTempDirectory("nianbao-ocr-");
        try {
            // each row's cells, filled in as the batches come back
            List<TableGrid.Row> rows = new ArrayList<>();
            for (TableGrid.Table t : tables) rows.addAll(t.rows());
            String[][] text = new String[rows.size()][];
            double[][] confidence = new double[rows.size()][];
            List<GreyImage> numberCrops = new ArrayList<>(), secondCrops = new ArrayList<>();
            List<Path> wordImages = new ArrayList<>();
            List<Pending> numbers = new ArrayList<>(), words = new ArrayList<>();
            int wordDpi = page.dpi();
            for (int r = 0; r < rows.size(); r++) {
                List<TableGrid.Cell> cells = rows.get(r).cells();
                text[r] = new String[cells.size()];
                confidence[r] = new double[cells.size()];
                for (int c = 0; c < cells.size(); c++) {
                    TableGrid.Cell cell = cells.get(c);
                    text[r][c] = "";
                    confidence[r][c] = 100;
                    if (cell.continued()) continue;
                    CellInk cellInk = CellInk.of(page, ink, cell.left(), cell.top(), cell.right(), cell.bottom());
                    if (cellInk.kind() == CellInk.Kind.EMPTY) continue;
                    // glyphs about 40 pixels high read best; enlarge small print, shrink large print
                    double factor = Math.min(3.0, Math.max(0.5, GLYPH_PIXELS / Math.max(1, cellInk.glyphHeight())));
                    GreyImage crop = cellInk.crop().scale(factor);
                    if (cellInk.kind() == CellInk.Kind.NUMBER) {
                        numbers.add(new Pending(r, c, numberCrops.size()));
                        numberCrops.add(crop);
                        // the same cell again at another size: two readings that differ are not a reading
                        secondCrops.add(cellInk.crop().scale(factor * SECOND_READING));
                    } else {
                        Path file = work.resolve("w" + r + "-" + c + ".pgm");
                        crop.writePgm(file);
                        words.add(new Pending(r, c, wordImages.size()));
                        wordImages.add(file);
                        wordDpi = crop.dpi();
                    }
                }
            }
            time.check();
            Montage sheet = Montage.of(numberCrops, (int) (3 * GLYPH_PIXELS), 3000, page.dpi());
            Montage second = Montage.of(secondCrops, (int) (3 * GLYPH_PIXELS), 3000, page.dpi());
            Path sheetFile = work.resolve("numbers.pgm"), secondFile = work.resolve("numbers-2.pgm");
            if (!numberCrops.isEmpty()) {
                sheet.sheet.writePgm(sheetFile);
                second.sheet.writePgm(secondFile);
            }
            TextStrips strips = TextStrips.of(paintOut(page, tables), ink, TEXT_DPI);
            List<List<Path>> stripFiles = strips.write(work);
            final int wDpi = wordDpi;
            long t3 = System.nanoTime();
            Future<List<List<Tesseract.Word>>> numberRun = submit(() -> numberCrops.isEmpty() ? List.of()
                    : engine.read(List.of(sheetFile), Tesseract.Mode.NUMBER, page.dpi(), time, work));
            Future<List<List<Tesseract.Word>>> secondRun = submit(() -> numberCrops.isEmpty() ? List.of()
                    : engine.read(List.of(secondFile), Tesseract.Mode.NUMBER, page.dpi(), time, work));
            Future<List<List<Tesseract.Word>>> wordRun = submit(() -> engine.read(wordImages, Tesseract.Mode.CELL_TEXT, wDpi, time, work));
            List<Future<List<List<Tesseract.Word>>>> textRuns = new ArrayList<>();
            for (List<Path> group : stripFiles) {
                textRuns.add(submit(() -> engine.read(group, Tesseract.Mode.PAGE, strips.dpi(), time, work)));
            }
            List<List<Tesseract.Word>> numberWords = await(numberRun), secondWords = await(secondRun);
            fill(text, confidence, numbers, numberWords.isEmpty() ? List.of() : sheet.split(numberWords.get(0)), true);
            String[][] again = new String[rows.size()][];
            double[][] againConfidence = new double[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                again[r] = text[r].clone();
                againConfidence[r] = confidence[r].clone();
            }
            fill(again, againConfidence, numbers, secondWords.isEmpty() ? List.of() : second.split(secondWords.get(0)), true);
            for (Pending p : numbers) {
                String first = text[p.row()][p.column()].replace(" ", ""), other = again[p.row()][p.column()].replace(" ", "");
                if (!first.equals(other)) confidence[p.row()][p.column()] = 0;
                else confidence[p.row()][p.column()] = Math.min(confidence[p.row()][p.column()], againConfidence[p.row()][p.column()]);
            }
            long t4 = System.nanoTime();
            fill(text, confidence, words, await(wordRun), false);
            long t5 = System.nanoTime();
            List<Placed> placed = new ArrayList<>();
            for (int g = 0; g < textRuns.size(); g++) placed.addAll(lines(strips, g, await(textRuns.get(g)), at));
            long t6 = System.nanoTime();
            LOG.debug("page {}: skew {} ({} ms), grid {} ms, cells cut {} ms, numbers {} ({} ms), words {} ({} ms), text {} ms",
                    pageNo, skew, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, numbers.size(),
                    (t4 - t3) / 1_000_000, words.size(), (t5 - t3) / 1_000_000, (t6 - t3) / 1_000_000);

            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = List.of(text[r]);
                List<Double> conf = new ArrayList<>();
                for (double d : confidence[r]) conf.add(d);
                if (cells.size() == 1) {
                    if (!cells.get(0).isBlank()) placed.add(new Placed(rows.get(r).top(), Block.recognised(Block.Kind.PARAGRAPH, cells, conf, at)));
                } else {
                    placed.add(new Placed(rows.get(r).top(), Block.recognised(Block.Kind.ROW, cells, conf, at)));
                }
            }
            placed.sort(Comparator.comparingInt(Placed::y));
            dropPageNumbers(placed, page.height());
            List<Block> out = new ArrayList<>();
            for (Placed p : placed) out.add(p.block());
            return out;
        } finally {
            if (System.getProperty("checker.ocr.keep") == null) deleteAll(work);
            else LOG.info("kept OCR images in {}", work);
        }
    }

    private static Future<List<List<Tesseract.Word>>> submit(Callable<List<List<Tesseract.Word>>> work) {
        return BATCHES.submit(work);
    }

    private static List<List<Tesseract.Word>> await(Future<List<List<Tesseract.Word>>> run) throws IOException, InterruptedException {
        try {
            return run.get();
        } catch (InterruptedException e) {
            run.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof InterruptedException ie) throw ie;
            throw new IOException(e.getCause());
        }
    }

    /**
     * A cell's text and confidence from its words: words on one line joined (Chinese without spaces), lines joined
     * the way a wrapped label reads; the confidence is the lowest of its words, and 0 for ink the engine could not
     * read at all.
     */
    private static void fill(String[][] text, double[][] confidence, List<Pending> pending, List<List<Tesseract.Word>> read, boolean number) {
        for (Pending p : pending) {
            List<Tesseract.Word> words = p.image() < read.size() ? read.get(p.image()) : List.of();
            if (words.isEmpty()) {
                text[p.row()][p.column()] = "";
                confidence[p.row()][p.column()] = 0;
                continue;
            }
            double min = 100;
            for (Tesseract.Word w : words) min = Math.min(min, w.confidence());
            String joined = joinLines(words, number);
            // a number cell is digits and their marks only: anything else is not a reading of it
            if (number && !joined.matches("[0-9.,\\-/ ]+")) min = 0;
            text[p.row()][p.column()] = joined;
            confidence[p.row()][p.column()] = Math.max(0, Math.round(min * 10) / 10.0);
        }
    }

    private static String joinLines(List<Tesseract.Word> words, boolean number) {
        Map<Long, List<Tesseract.Word>> lines = new TreeMap<>();
        for (Tesseract.Word w : words) lines.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w);
        StringBuilder sb = new StringBuilder();
        for (List<Tesseract.Word> line : lines.values()) {
            String l = joinWords(line, number);
            if (sb.length() > 0 && !l.isEmpty()) {
                char a = sb.charAt(sb.length() - 1), b = l.charAt(0);
                if (latin(a) && latin(b)) sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    /** Words of one line: Chinese side by side without a space, Latin words and numbers apart by one. */
    private static String joinWords(List<Tesseract.Word> line, boolean number) {
        StringBuilder sb = new StringBuilder();
        for (Tesseract.Word w : line) {
            if (sb.length() > 0) {
                char a = sb.charAt(sb.length() - 1), b = w.text().charAt(0);
                if (latin(a) && latin(b)) sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * Lines of running text: one paragraph block each, like a PDF's visual lines. Its confidence is the lowest of
     * the words that hold a digit (dates, counts: what a finding could rest on), or of all its words if none does.
     */
    private static List<Placed> lines(TextStrips strips, int group, List<List<Tesseract.Word>> read, Location at) {
        List<Placed> out = new ArrayList<>();
        for (int image = 0; image < read.size(); image++) {
            Map<Long, List<Tesseract.Word>> byLine = new TreeMap<>();
            for (Tesseract.Word w : read.get(image)) byLine.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w);
            for (List<Tesseract.Word> line : byLine.values()) {
                line.sort(Comparator.comparingInt(Tesseract.Word::left));
                String text = joinWords(line, false).strip();
                if (text.isEmpty()) continue;
                double digitMin = 101, allMin = 101;
                int top = Integer.MAX_VALUE;
                for (Tesseract.Word w : line) {
                    allMin = Math.min(allMin, w.confidence());
                    if (w.text().chars().anyMatch(Character::isDigit)) digitMin = Math.min(digitMin, w.confidence());
                    top = Math.min(top, w.top());
                }
                double conf = digitMin <= 100 ? digitMin : allMin;
                out.add(new Placed(strips.pageY(group, image, top),
                        Block.recognised(Block.Kind.PARAGRAPH, List.of(text), List.of(Math.max(0, Math.round(conf * 10) / 10.0)), at)));
            }
        }
        return out;
    }

    /** A page number standing alone as the first or last line, in the top or bottom tenth of the page. */
    private static void dropPageNumbers(List<Placed> placed, double height) {
        for (int end = 0; end < 2 && !placed.isEmpty(); end++) {
            int i = end == 0 ? placed.size() - 1 : 0;
            Placed p = placed.get(i);
            boolean margin = end == 0 ? p.y() > height * 0.88 : p.y() < height * 0.08;
            if (margin && p.block().kind() == Block.Kind.PARAGRAPH && PageNumbers.looksLikeOne(p.block().text())) placed.remove(i);
        }
    }

    /** The page with its tables painted white, for the running text. */
    private static GreyImage paintOut(GreyImage page, List<TableGrid.Table> tables) {
        if (tables.isEmpty()) return page;
        byte[] p = page.pixels().clone();
        int grow = Math.max(3, page.dpi() / 50);
        for (TableGrid.Table t : tables) {
            for (int y = Math.max(0, t.top() - grow); y <= Math.min(page.height() - 1, t.bottom() + grow); y++) {
                int from = Math.max(0, t.left() - grow), to = Math.min(page.width() - 1, t.right() + grow);
                java.util.Arrays.fill(p, y * page.width() + from, y * page.width() + to + 1, (byte) 255);
            }
        }
        return new GreyImage(page.width(), page.height(), p, page.dpi());
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind costs nothing the next run notices
        }
    }
}
