package org.nianbao.checker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;

/**
 * How well a scan's table cells were read, against the text version of the same pages: every number cell of the
 * text version's ruled table rows is read correctly, not assessed (below the confidence threshold, or its row not
 * found), or wrong (read confidently as something else). A blank cell read confidently as a number is wrong too.
 * Rows are paired page by page in order, by their number of cells and the cells they share.
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
                for (int c = 0; c < tr.cells().size(); c++) {
                    String expected = tr.cells().get(c).strip();
                    String read = sr == null ? null : sr.cells().get(c).strip();
                    Double conf = sr == null ? null : sr.confidenceOf(c);
                    boolean number = NUMBER.matcher(expected).matches();
                    boolean blankReadAsNumber = expected.isEmpty() && read != null && NUMBER.matcher(read.replace(" ", "")).matches();
                    if (number || blankReadAsNumber) out.add(new Cell(e.getKey(), label, c, expected, read, conf));
                }
            }
        }
        return out;
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

    /** Cells equal in the two rows, when they have as many cells and at least half of the non-empty ones agree. */
    private static int score(Block a, Block b) {
        if (a.cells().size() != b.cells().size()) return 0;
        int same = 0, filled = 0;
        for (int c = 0; c < a.cells().size(); c++) {
            String x = a.cells().get(c).replace(" ", ""), y = b.cells().get(c).replace(" ", "");
            if (x.isEmpty() && y.isEmpty()) continue;
            filled++;
            if (x.equals(y)) same++;
        }
        return filled == 0 ? 1 : same * 2 >= filled ? same + 1 : 0;
    }
}
