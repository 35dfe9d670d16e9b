package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ReportTable;

/**
 * Table 四 (行政复议 / 行政诉讼): one data row of 15 numbers. Its headers are often garbled (vertical text
 * comes out reversed), so the 15-number row is the anchor, not the header. The row may stand in one block (a
 * real or a text row), one number per line, or as one run in a table that lost its borders, whose cells are told
 * apart by the three totals.
 */
final class Table4Parser {

    static final int CELLS = 15;
    private static final Pattern HEADER = Pattern.compile("行政复议|行政诉讼|结果维持|直接起诉|复议后起诉|尚未审结");
    private static final Pattern SECTION_HEADING = Pattern.compile("^([一二三四五六七八九十]+|\\d+)[、.].*情况$");
    /** Each of 行政复议, 未经复议直接起诉, 复议后起诉: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
    static final List<DigitSplits.Total> TOTALS = List.of(
            new DigitSplits.Total(new int[]{0, 1, 2, 3}, 4),
            new DigitSplits.Total(new int[]{5, 6, 7, 8}, 9),
            new DigitSplits.Total(new int[]{10, 11, 12, 13}, 14));

    /**
     * What a block offers as the data row: its cells (null entries are blanks), or a run whose cells are still to
     * be told apart, or neither; and the block to look at next.
     */
    private record DataRow(List<Token> cells, String run, Location at, int partial, int nextBlock) {
        static DataRow none(int nextBlock, int partial) {
            return new DataRow(null, null, null, partial, nextBlock);
        }
    }

    private Table4Parser() {
    }

    /** Reads table 四 from the tokens in [from, to). */
    static ReportTable parse(TokenStream ts, int from, int to) {
        boolean header = hasHeader(ts, from, to);
        int firstBlock = from < ts.size() ? ts.get(Math.min(from, ts.size() - 1)).block() : ts.blocks.size();
        // up to the block before the next heading: an all-empty row (the blank template) has no tokens of its own
        int lastBlock = to < ts.size() ? ts.get(to).block() - 1 : ts.blocks.size() - 1;
        TableBuilder builder = new TableBuilder("T4", ts);
        int partial = 0;
        for (int b = firstBlock; b <= lastBlock; ) {
            DataRow row = dataRow(ts, b, Math.max(from, ts.firstTokenOfBlock[b]), to, header);
            if (row.cells() != null) {
                for (int r = 0; r < TableLayout.T4_ROWS.size(); r++) {
                    builder.row(TableLayout.T4_ROWS.get(r), TableLayout.T4_COLUMNS, row.cells().subList(r * 5, r * 5 + 5), false, row.at());
                }
                return builder.build(true);
            }
            if (row.run() != null) {
                builder.glued(slots(), TOTALS, row.run(), row.at(), "表四数据行", DigitSplits.MAX_CELL_DIGITS);
                return builder.build(true);
            }
            partial = Math.max(partial, row.partial());
            b = row.nextBlock();
        }
        if (!header) return ReportTable.notFound("T4");
        builder.missing("数据行：未读到 15 个数" + (partial > 0 ? "（最多连续读到 " + partial + " 个）" : ""));
        for (TableLayout.Column c : TableLayout.T4_COLUMNS) builder.column(c.key());
        return builder.build(true);
    }

    /** The section heading itself says 行政复议、行政诉讼: only cells below it count as the table's header. */
    private static boolean hasHeader(TokenStream ts, int from, int to) {
        for (int i = from; i < to; i++) {
            String c = ts.get(i).compact();
            if (SECTION_HEADING.matcher(c).find()) continue;
            if (c.length() <= 15 && HEADER.matcher(c).find()) return true;
            if (ts.get(i).inline() && HEADER.matcher(c).find()) return true;
        }
        return false;
    }

    /** The data row block {@code b} offers, in each of the layouts the row comes in. */
    private static DataRow dataRow(TokenStream ts, int b, int fromToken, int to, boolean header) {
        Block block = ts.blocks.get(b);
        int firstToken = ts.firstTokenOfBlock[b];
        if (block.kind() == Block.Kind.INLINE) {
            String run = inlineRun(ts, fromToken, Math.min(to, ts.firstTokenOfBlock[b + 1]));
            return run == null ? DataRow.none(b + 1, 0) : new DataRow(null, run, block.location(), 0, b + 1);
        }
        if (ts.unfilledForm && header && block.cells().size() == CELLS
                && block.cells().stream().allMatch(c -> c == null || c.isBlank())) {
            // the blank template: a real 15-cell row with nothing in it
            List<Token> blanks = new ArrayList<>();
            for (int c = 0; c < CELLS; c++) blanks.add(null);
            return new DataRow(blanks, null, block.location(), 0, b + 1);
        }
        List<String> cells = trimTrailingEmpty(block.cells());
        long values = cells.stream().filter(c -> !c.isBlank() && CellValue.looksLikeValue(c)).count();
        boolean allValues = values > 0 && cells.stream().allMatch(c -> c.isBlank() || CellValue.looksLikeValue(c));
        if (!allValues) return DataRow.none(b + 1, 0);
        if (cells.size() == CELLS && values >= CELLS - 5) {
            // a full-width row: empty positions are blank cells (互助县: 行政复议 cells left empty)
            List<Token> data = new ArrayList<>();
            for (int c = 0; c < CELLS; c++) data.add(cells.get(c).isBlank() ? null : ts.get(ts.indexOf(b, c, firstToken)));
            return new DataRow(data, null, block.location(), 0, b + 1);
        }
        if (values == CELLS) {
            return new DataRow(new ArrayList<>(ts.tokens.subList(firstToken, ts.firstTokenOfBlock[b + 1])), null, null, 0, b + 1);
        }
        // one number per line: a run of consecutive value tokens from this block on
        int j = firstToken;
        while (j < ts.size() && j < to && ts.get(j).isValue()) j++;
        if (j - firstToken == CELLS) return new DataRow(new ArrayList<>(ts.tokens.subList(firstToken, j)), null, null, 0, b + 1);
        int next = j > firstToken ? ts.get(j - 1).block() + 1 : b + 1;
        return DataRow.none(next, j - firstToken);
    }

    /** The first numbers of an inline block in tokens [from, to) (after its header words), joined; null when none. */
    private static String inlineRun(TokenStream ts, int from, int to) {
        StringBuilder run = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = ts.get(k);
            if (!t.isValue()) {
                if (run.length() > 0) break;
                continue;
            }
            if (run.length() > 0) run.append(' ');
            run.append(t.text());
        }
        return run.length() == 0 ? null : run.toString();
    }

    private static List<TableBuilder.Slot> slots() {
        List<TableBuilder.Slot> all = new ArrayList<>();
        for (TableLayout.Row r : TableLayout.T4_ROWS) all.addAll(TableBuilder.slots(r, TableLayout.T4_COLUMNS));
        return all;
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int n = cells.size();
        while (n > 0 && (cells.get(n - 1) == null || cells.get(n - 1).isBlank())) n--;
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(cells.get(i) == null ? "" : cells.get(i));
        return out;
    }
}
