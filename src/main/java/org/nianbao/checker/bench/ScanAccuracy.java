package org.nianbao.checker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.ParsedReport;

/**
 * How well a scan's table cells were read, against the text version of the same pages: every number cell of the
 * text version's ruled table rows is read correctly, not assessed (below the confidence threshold, or its row not
 * found), or wrong (read confidently as something else). A blank cell read confidently as a number is wrong too.
 * Rows are paired page by page in order, by the cells they share counted from the right (the numbers).
 */
public final class ScanAccuracy {

    private static final Pattern NUMBER = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?$");

    /** One number cell (or blank cell read as a number) of the text version and what the scan made of it. */
    public record Cell(int page, String row, int column, String expected, String read, Double confidence) {
        public boolean correct() {
            return read != null && read.replace(" ", "").equals(expected);
        }

        /** The engine's reading stands at this threshold. */
        public boolean assessed(double threshold) {
            return read != null && confidence != null && confidence >= threshold;
        }
    }

    /** Counts at one threshold. */
    public record Count(int correct, int notAssessed, int wrong, List<Cell> wrongCells) {
    }

    private ScanAccuracy() {
    }

    /** The number cells of {@code text}'s table rows paired with the scan's cells. */
    public static List<Cell> cells(Document text, Document scan) {
        TreeMap<Integer, List<Block>> textRows = rowsByPage(text), scanRows = rowsByPage(scan);
        List<Cell> out = new ArrayList<>();
        for (var e : textRows.entrySet()) {
            List<Block> t = e.getValue();
            List<Block> s = scanRows.getOrDefault(e.getKey(), List.of());
            Block[] pair = align(t, s);
            for (int i = 0; i < t.size(); i++) {
                Block tr = t.get(i), sr = pair[i];
                String label = tr.cells().isEmpty() ? "" : firstText(tr);
                int offset = sr == null ? 0 : sr.cells().size() - tr.cells().size();
                for (int c = 0; c < tr.cells().size(); c++) {
                    String expected = tr.cells().get(c).strip();
                    boolean there = sr != null && c + offset >= 0 && c + offset < sr.cells().size();
                    String read = there ? sr.cells().get(c + offset).strip() : null;
                    Double conf = there ? sr.confidenceOf(c + offset) : null;
                    boolean number = NUMBER.matcher(expected).matches();
                    boolean blankReadAsNumber = expected.isEmpty() && read != null && NUMBER.matcher(read.replace(" ", "")).matches();
                    if (number || blankReadAsNumber) out.add(new Cell(e.getKey(), label, c, expected, read, conf));
                }
            }
        }
        return out;
    }

    /**
     * The measure, after the parser: every cell of the text version's tables 二, 三 and 四 is read
     * correctly on the scan (the same value), not assessed (not read, or left uncertain: under the threshold, or its
     * row's total did not hold), or wrong (read as another number).
     */
    public static Count tableCells(ParsedReport text, ParsedReport scan) {
        int correct = 0, notAssessed = 0, wrong = 0;
        List<Cell> wrongCells = new ArrayList<>();
        for (ReportTable t : text.tables()) {
            ReportTable s = scan.table(t.table());
            for (TableCell c : t.cells().values()) {
                if (c.valueForSum() == null) continue;
                TableCell r = s == null ? null : s.cell(c.row(), c.column());
                if (r == null || r.valueForSum() == null) {
                    notAssessed++;
                } else if (Math.abs(r.valueForSum() - c.valueForSum()) < 1e-9) {
                    correct++;
                } else {
                    wrong++;
                    Integer page = r.location() == null ? null : r.location().page();
                    wrongCells.add(new Cell(page == null ? 0 : page, t.table() + " " + c.cellLabel(), 0,
                            String.valueOf(c.valueForSum()), String.valueOf(r.valueForSum()), r.confidence()));
                }
            }
        }
        return new Count(correct, notAssessed, wrong, wrongCells);
    }

    public static Count count(List<Cell> cells, double threshold) {
        int correct = 0, notAssessed = 0, wrong = 0;
        List<Cell> wrongCells = new ArrayList<>();
        for (Cell c : cells) {
            if (!c.assessed(threshold)) notAssessed++;
            else if (c.correct()) correct++;
            else {
                wrong++;
                wrongCells.add(c);
            }
        }
        return new Count(correct, notAssessed, wrong, wrongCells);
    }

    private static String firstText(Block row) {
        for (String c : row.cells()) if (!c.isBlank()) return c.length() > 12 ? c.substring(0, 12) : c;
        return "";
    }

    private static TreeMap<Integer, List<Block>> rowsByPage(Document doc) {
        TreeMap<Integer, List<Block>> out = new TreeMap<>();
        for (Block b : doc.blocks()) {
            if (b.kind() != Block.Kind.ROW || b.location().page() == null) continue;
            out.computeIfAbsent(b.location().page(), k -> new ArrayList<>()).add(b);
        }
        return out;
    }

    /** Pairs rows in order (longest common subsequence) where they have as many cells and share most of them. */
    private static Block[] align(List<Block> t, List<Block> s) {
        int n = t.size(), m = s.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int score = score(t.get(i), s.get(j));
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), score > 0 ? score + best[i + 1][j + 1] : 0);
            }
        }
        Block[] pair = new Block[n];
        int i = 0, j = 0;
        while (i < n && j < m) {
            int score = score(t.get(i), s.get(j));
            if (score > 0 && best[i][j] == score + best[i + 1][j + 1]) {
                pair[i++] = s.get(j++);
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pair;
    }

    /**
     * Cells equal in the two rows, aligned at their right end (the numbers; a merged group cell at the left may be
     * there on one side only), when every number of the text's row has a cell opposite and at least half of the
     * non-empty ones agree.
     */
    private static int score(Block a, Block b) {
        int offset = b.cells().size() - a.cells().size();
        int same = 0, filled = 0;
        for (int c = 0; c < a.cells().size(); c++) {
            String x = a.cells().get(c).replace(" ", "");
            if (c + offset < 0 || c + offset >= b.cells().size()) {
                if (NUMBER.matcher(x).matches()) return 0;
                continue;
            }
            String y = b.cells().get(c + offset).replace(" ", "");
            if (x.isEmpty() && y.isEmpty()) continue;
            filled++;
            if (x.equals(y)) same++;
        }
        return filled == 0 ? 1 : same * 2 >= filled ? same + 1 : 0;
    }
}
