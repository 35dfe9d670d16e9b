package org.nianbao.checker.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruled tables of a levelled page: horizontal rules first (long, thin dark runs), then in every band between
 * two neighbouring rules the vertical rules that cross it from top to bottom. Each band is a table row, each space
 * between two verticals a cell; a cell whose top rule is missing is the lower part of a cell merged over several
 * rows and belongs to the row where its top rule is. The same shape the PDF reader takes from drawn rules.
 */
final class TableGrid {

    /** A horizontal rule at height {@code y}, from {@code left} to {@code right}. */
    record Rule(int y, int left, int right, int thickness) {
        boolean covers(int x, int tolerance) {
            return x >= left - tolerance && x <= right + tolerance;
        }
    }

    /**
     * One cell: its box between the rules (the whole merged box for a merged cell) and whether it starts in this row.
     */
    record Cell(int left, int right, int top, int bottom, boolean continued) {
    }

    /** One table row: the band between two rules and its cells, left to right. */
    record Row(int top, int bottom, List<Cell> cells) {
    }

    /** Rows of one table, top to bottom, and its outline. */
    record Table(List<Row> rows, int left, int top, int right, int bottom) {
    }

    private TableGrid() {
    }

    static List<Table> find(GreyImage page, Ink ink) {
        int tol = Math.max(2, page.dpi() / 100);
        List<Rule> rules = horizontalRules(page, ink.rules(), tol);
        List<Table> tables = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (int i = 0; i + 1 < rules.size(); i++) {
            Rule a = rules.get(i);
            Rule b = rules.get(i + 1);
            int gap = b.y() - a.y();
            Row row = gap < 3 * tol ? null : row(page, ink, rules, i, tol);
            if (row != null) {
                current.add(row);
            } else if (gap >= 3 * tol) {
                close(current, tables);
                current = new ArrayList<>();
            }
        }
        close(current, tables);
        return tables;
    }

    private static void close(List<Row> rows, List<Table> tables) {
        if (rows.isEmpty()) return;
        // a lone band with one cell is a framed paragraph (a box around a note), not a table
        if (rows.size() == 1 && rows.get(0).cells().size() < 2) return;
        int left = Integer.MAX_VALUE, right = 0;
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                left = Math.min(left, c.left());
                right = Math.max(right, c.right());
            }
        }
        tables.add(new Table(List.copyOf(rows), left, rows.get(0).top(), right, rows.get(rows.size() - 1).bottom()));
    }

    /**
     * The row between rule {@code i} and the next: the vertical rules that run through the whole band, then the
     * cells between them. Null when fewer than two verticals cross it (text between two tables, a page border).
     */
    private static Row row(GreyImage page, Ink ink, List<Rule> rules, int i, int tol) {
        Rule a = rules.get(i), b = rules.get(i + 1);
        int top = a.y() + a.thickness() / 2 + 1, bottom = b.y() - b.thickness() / 2 - 1;
        int left = Math.max(0, Math.min(a.left(), b.left()) - tol), right = Math.min(page.width() - 1, Math.max(a.right(), b.right()) + tol);
        if (bottom - top < 2 * tol) return null;
        List<Integer> verticals = new ArrayList<>();
        int runStart = -1;
        for (int x = left; x <= right + 1; x++) {
            boolean full = x <= right && crossesBand(page, ink.rules(), x, top, bottom);
            if (full && runStart < 0) runStart = x;
            if (!full && runStart >= 0) {
                verticals.add((runStart + x - 1) / 2);
                runStart = -1;
            }
        }
        if (verticals.size() < 2) return null;
        List<Cell> cells = new ArrayList<>();
        for (int v = 0; v + 1 < verticals.size(); v++) {
            int x0 = verticals.get(v), x1 = verticals.get(v + 1);
            if (x1 - x0 < 3 * tol) continue;   // a double rule, not a cell
            int centre = (x0 + x1) / 2;
            boolean startsHere = a.covers(centre, tol);
            int cellTop = startsHere ? a.y() : ruleAbove(rules, i, centre, tol);
            int cellBottom = ruleBelow(rules, i + 1, centre, tol);
            cells.add(new Cell(x0, x1, cellTop, cellBottom, !startsHere));
        }
        if (cells.isEmpty()) return null;
        return new Row(a.y(), b.y(), cells);
    }

    private static int ruleAbove(List<Rule> rules, int from, int x, int tol) {
        for (int j = from; j >= 0; j--) if (rules.get(j).covers(x, tol)) return rules.get(j).y();
        return rules.get(from).y();
    }

    private static int ruleBelow(List<Rule> rules, int from, int x, int tol) {
        for (int j = from; j < rules.size(); j++) if (rules.get(j).covers(x, tol)) return rules.get(j).y();
        return rules.get(from).y();
    }

    /**
     * Whether a vertical rule runs at {@code x} from {@code top} to {@code bottom}: dark in nearly every pixel row,
     * allowing for a rule a pixel to either side (what is left of the skew) and for a few light specks.
     */
    private static boolean crossesBand(GreyImage page, int dark, int x, int top, int bottom) {
        int misses = 0, allowed = Math.max(2, (bottom - top) / 15);
        for (int y = top; y <= bottom; y++) {
            if (page.at(x, y) < dark) continue;
            if ((x > 0 && page.at(x - 1, y) < dark) || (x + 1 < page.width() && page.at(x + 1, y) < dark)) continue;
            if (++misses > allowed) return false;
        }
        return true;
    }

    /**
     * Horizontal rules: dark runs at least 6% of the page wide (longer than any stroke of a character, shorter
     * than a table's narrowest spanning rule), with light paper just above and below along most of their length
     * (a row of text is dark there too). Runs on neighbouring pixel rows are one rule.
     */
    static List<Rule> horizontalRules(GreyImage page, int dark, int tol) {
        int minLength = Math.max(40, page.width() * 6 / 100);
        List<int[]> runs = new ArrayList<>();   // y, left, right
        for (int y = 0; y < page.height(); y++) {
            int start = -1, lastDark = -1;
            for (int x = 0; x <= page.width(); x++) {
                boolean d = x < page.width() && page.at(x, y) < dark;
                if (d) {
                    if (start < 0) start = x;
                    lastDark = x;
                } else if (start >= 0 && x - lastDark > tol) {
                    if (lastDark - start + 1 >= minLength) runs.add(new int[]{y, start, lastDark});
                    start = -1;
                }
            }
        }
        // join runs on neighbouring rows that overlap into one rule
        List<int[]> merged = new ArrayList<>();   // yFirst, yLast, left, right
        for (int[] r : runs) {
            int[] into = null;
            for (int k = merged.size() - 1; k >= 0; k--) {
                int[] m = merged.get(k);
                if (r[0] - m[1] > 1) break;
                if (r[1] <= m[3] && r[2] >= m[2]) {
                    into = m;
                    break;
                }
            }
            if (into != null) {
                into[1] = r[0];
                into[2] = Math.min(into[2], r[1]);
                into[3] = Math.max(into[3], r[2]);
            } else {
                merged.add(new int[]{r[0], r[0], r[1], r[2]});
            }
            merged.sort((p, q) -> Integer.compare(p[1], q[1]));
        }
        List<Rule> rules = new ArrayList<>();
        for (int[] m : merged) {
            int thickness = m[1] - m[0] + 1;
            if (thickness > 4 * tol) continue;   // a filled block (a stamp, a black bar), not a rule
            if (!thin(page, dark, m, thickness, tol)) continue;
            rules.add(new Rule((m[0] + m[1]) / 2, m[2], m[3], thickness));
        }
        rules.sort((p, q) -> Integer.compare(p.y(), q.y()));
        // rules a few pixels apart (a double border, a rule split by the threshold) are one
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.y() - last.y() <= 2 * tol && r.left() <= last.right() && r.right() >= last.left()) {
                out.set(out.size() - 1, new Rule((last.y() + r.y()) / 2, Math.min(last.left(), r.left()),
                        Math.max(last.right(), r.right()), r.y() - last.y() + Math.max(last.thickness(), r.thickness())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Light paper a little above and below the run along most of its length: a rule, not a line of text. */
    private static boolean thin(GreyImage page, int dark, int[] m, int thickness, int tol) {
        int above = m[0] - tol - 1, below = m[1] + tol + 1;
        int darkAbove = 0, darkBelow = 0, n = 0;
        for (int x = m[2]; x <= m[3]; x += 2) {
            n++;
            if (above >= 0 && page.at(x, above) < dark) darkAbove++;
            if (below < page.height() && page.at(x, below) < dark) darkBelow++;
        }
        return darkAbove < n * 0.5 && darkBelow < n * 0.5;
    }
}
