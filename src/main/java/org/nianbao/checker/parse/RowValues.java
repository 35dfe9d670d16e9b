package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.nianbao.checker.model.Block;

/**
 * Reads the numbers that belong to a row label. Three layouts: the numbers stand in the label's own row (tabs,
 * pipes, PDF rows, Word rows), they follow one cell per line, or they follow the label as a run in a table that
 * lost its borders (then their cells are solved later, see {@link TableBuilder#glued}). Blank cells are only
 * recognised between numbers of the same row; a row whose count is off is reported as such, never padded or
 * truncated.
 */
final class RowValues {

    /**
     * @param cells    the value cells in column order; null entries are blank cells
     * @param found    how many numbers were actually read (may differ from expected)
     * @param complete cells holds exactly the expected number of cells
     * @param next     index of the first token after what was consumed
     * @param run      for a table that lost its borders: the numbers after the label as written, whose cells are
     *                 still to be told apart; null otherwise
     */
    record Read(List<Token> cells, int found, boolean complete, int next, String run) {
        /** Nothing belongs to the label: it is a group label (or its numbers could not be found). */
        boolean none() {
            return found == 0 && !complete && run == null;
        }

        boolean glued() {
            return run != null;
        }

        static Read nothing(int next) {
            return new Read(List.of(), 0, false, next, null);
        }
    }

    private static final int MAX_CONTINUATION_TOKENS = 2;

    private RowValues() {
    }

    /**
     * @param isLabel tells whether a token is another row's label, where a continuation must stop
     */
    static Read after(TokenStream ts, int labelIndex, int expected, Predicate<Token> isLabel) {
        Token label = ts.get(labelIndex);
        if (label.inline()) return inlineRun(ts, labelIndex);
        Read inRow = inBlock(ts, label.block(), label.cell() + 1, labelIndex + 1, expected);
        if (inRow != null) return inRow;
        // values may follow after a wrapped label's continuation ("只计这一情" / "形，不计其他情形） 447 7 …")
        int i = labelIndex + 1;
        int skipped = 0;
        while (i < ts.size() && !ts.get(i).isValue() && skipped < MAX_CONTINUATION_TOKENS) {
            Token t = ts.get(i);
            if (isLabel.test(t) || t.compact().length() > 20) return Read.nothing(labelIndex + 1);
            if (t.inline()) return inlineRun(ts, i);
            Read cont = inBlock(ts, t.block(), t.cell() + 1, i + 1, expected);
            if (cont != null) return cont;
            skipped++;
            i++;
        }
        if (i >= ts.size() || !ts.get(i).isValue()) return Read.nothing(labelIndex + 1);
        if (skipped > 0 && ts.get(i).block() != ts.get(i - 1).block() + 1 && ts.get(i).block() != ts.get(i - 1).block()) {
            return Read.nothing(labelIndex + 1);
        }
        // one value per line: consecutive value tokens
        List<Token> values = new ArrayList<>();
        int j = i;
        while (j < ts.size() && ts.get(j).isValue()) {
            values.add(ts.get(j));
            j++;
        }
        return new Read(values.size() == expected ? values : List.of(), values.size(), values.size() == expected, j, null);
    }

    /** The runs of numbers right after an inline label, joined as written. */
    private static Read inlineRun(TokenStream ts, int labelIndex) {
        int j = labelIndex + 1;
        int block = ts.get(labelIndex).block();
        StringBuilder run = new StringBuilder();
        while (j < ts.size() && ts.get(j).block() == block && ts.get(j).isValue()) {
            if (run.length() > 0) run.append(' ');
            run.append(ts.get(j).text());
            j++;
        }
        return run.length() == 0 ? Read.nothing(labelIndex + 1) : new Read(List.of(), 0, false, j, run.toString());
    }

    /**
     * A row of a real table whose cells after the label are all empty (the blank official template): its value
     * cells are the rightmost ones, as in every table of the format, and they are blank.
     */
    private static Read blankRow(TokenStream ts, int blockIndex, int fromCell, int fromToken, int expected) {
        List<String> cells = ts.blocks.get(blockIndex).cells();
        int empties = cells.size() - fromCell;
        if (empties < expected) return null;
        for (int c = fromCell; c < cells.size(); c++) if (cells.get(c) != null && !cells.get(c).isBlank()) return null;
        // numbers on the following rows (one cell per row, as some converted pages have) are this row's values
        int next = ts.firstTokenOfBlock[blockIndex + 1];
        if (next < ts.size() && ts.get(next).isValue()) return null;
        List<Token> blanks = new ArrayList<>();
        for (int i = 0; i < expected; i++) blanks.add(null);
        return new Read(blanks, 0, true, fromToken, null);
    }

    /** Values in one block after a given cell, up to the next non-value cell; null when the block has none. */
    static Read inBlock(TokenStream ts, int blockIndex, int fromCell, int fromToken, int expected) {
        Block block = ts.blocks.get(blockIndex);
        List<String> cells = block.cells();
        List<Integer> span = new ArrayList<>();
        boolean anyValue = false;
        for (int c = fromCell; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text == null || text.isBlank()) {
                span.add(c);
                continue;
            }
            if (!CellValue.looksLikeValue(text)) break;
            anyValue = true;
            span.add(c);
        }
        if (!anyValue) return ts.unfilledForm ? blankRow(ts, blockIndex, fromCell, fromToken, expected) : null;
        // trim empty cells at both ends: only blanks between numbers are cells of the row
        int lo = 0, hi = span.size() - 1;
        while (lo <= hi && cells.get(span.get(lo)).isBlank()) lo++;
        while (hi >= lo && cells.get(span.get(hi)).isBlank()) hi--;
        List<Integer> inner = span.subList(lo, hi + 1);
        int lastCell = inner.get(inner.size() - 1);
        int next = fromToken;
        while (next < ts.size() && ts.get(next).block() == blockIndex && ts.get(next).cell() <= lastCell) next++;
        List<Token> valueTokens = new ArrayList<>();
        for (int c : inner) {
            if (cells.get(c).isBlank()) continue;
            valueTokens.add(ts.get(ts.indexOf(blockIndex, c, fromToken)));
        }
        if (inner.size() == expected) {
            List<Token> withBlanks = new ArrayList<>();
            int vi = 0;
            for (int c : inner) withBlanks.add(cells.get(c).isBlank() ? null : valueTokens.get(vi++));
            return new Read(withBlanks, valueTokens.size(), true, next, null);
        }
        boolean exact = valueTokens.size() == expected;
        return new Read(exact ? valueTokens : List.of(), valueTokens.size(), exact, next, null);
    }
}
