package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a run of digits written without separators ("291000030") can be read as a given number of cells: each
 * cell one or more digits, none with a leading zero but a lone 0, none longer than a count can plausibly be.
 * With totals to keep (the six applicant columns of a table 三 row add up to its 总计; each group of table 四 to
 * its 总计), only the readings that keep every one of them are returned. The search stops at a bound; a run with
 * more readings than that is reported as such, never cut short silently.
 */
final class DigitSplits {

    /** The longest number a single cell of tables 三 and 四 plausibly holds (999,999 applications). */
    static final int MAX_CELL_DIGITS = 6;
    /** Readings explored before giving up on a run. */
    static final int MAX_EXPLORED = 200_000;

    /**
     * @param readings the readings found (values per cell)
     * @param complete false when the search gave up at {@link #MAX_EXPLORED}: the readings are then not all
     */
    record Result(List<double[]> readings, boolean complete) {
    }

    /**
     * A total to keep: cells {@code parts} add up to cell {@code total} (indexes into the run's cells).
     */
    record Total(int[] parts, int total) {
    }

    private DigitSplits() {
    }

    /**
     * @param digits  the run's digits, nothing else
     * @param cells   how many cells the run covers
     * @param totals  totals every reading must keep; empty to list every split
     * @param maxCell the most digits one cell may have
     */
    static Result of(String digits, int cells, List<Total> totals, int maxCell) {
        List<double[]> out = new ArrayList<>();
        if (digits.isEmpty() || digits.length() < cells || digits.length() > cells * maxCell) return new Result(out, true);
        int[] explored = {0};
        boolean done = search(digits, 0, new long[cells], 0, totals, maxCell, out, explored);
        return new Result(out, done);
    }

    /** Depth first over cut positions; a total is checked as soon as its cells are all set. */
    private static boolean search(String digits, int at, long[] values, int cell, List<Total> totals, int maxCell,
                                  List<double[]> out, int[] explored) {
        if (++explored[0] > MAX_EXPLORED) return false;
        int left = values.length - cell;
        if (left == 0) {
            if (at == digits.length()) {
                double[] r = new double[values.length];
                for (int i = 0; i < r.length; i++) r[i] = values[i];
                out.add(r);
            }
            return true;
        }
        int remaining = digits.length() - at;
        int maxLen = Math.min(maxCell, remaining - (left - 1));
        int minLen = Math.max(1, remaining - (left - 1) * maxCell);
        if (digits.charAt(at) == '0') maxLen = Math.min(maxLen, 1);
        for (int len = minLen; len <= maxLen; len++) {
            values[cell] = Long.parseLong(digits, at, at + len, 10);
            if (!keeps(values, cell, totals)) continue;
            if (!search(digits, at + len, values, cell + 1, totals, maxCell, out, explored)) return false;
        }
        return true;
    }

    /** Every total whose last cell is {@code cell} holds (cells are set in order, so the others are set). */
    private static boolean keeps(long[] values, int cell, List<Total> totals) {
        for (Total t : totals) {
            int last = t.total();
            for (int p : t.parts()) last = Math.max(last, p);
            if (last != cell) continue;
            long sum = 0;
            for (int p : t.parts()) sum += values[p];
            if (sum != values[t.total()]) return false;
        }
        return true;
    }
}
