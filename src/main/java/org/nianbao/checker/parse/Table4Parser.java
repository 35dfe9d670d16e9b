package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.ReportTable;

/**
 * Table 四 (行政复议 / 行政诉讼): one data row of 15 numbers. Its headers are often garbled (vertical text
 * comes out reversed), so the 15-number row is the anchor, not the header.
 */
final class Table4Parser {

    static final int CELLS = 15;
    private static final Pattern HEADER = Pattern.compile("行政复议|行政诉讼|结果维持|直接起诉|复议后起诉|尚未审结");
    private static final Pattern SECTION_HEADING = Pattern.compile("^([一二三四五六七八九十]+|\\d+)[、.].*情况$");

    private Table4Parser() {
    }

    /** Reads table 四 from the tokens in [from, to). */
    static ReportTable parse(TokenStream ts, int from, int to) {
        TableBuilder builder = new TableBuilder("T4");
        boolean header = false;
        int firstBlock = from < ts.size() ? ts.get(Math.min(from, ts.size() - 1)).block() : ts.blocks.size();
        // up to the block before the next heading: an all-empty row (the blank template) has no tokens of its own
        int lastBlock = to < ts.size() ? ts.get(to).block() - 1 : ts.blocks.size() - 1;
        // the section heading itself says 行政复议、行政诉讼: only cells below it count as the table's header
        for (int i = from; i < to; i++) {
            if (SECTION_HEADING.matcher(ts.get(i).compact()).find()) continue;
            String c = ts.get(i).compact();
            if (c.length() <= 15 && HEADER.matcher(c).find()) { header = true; break; }
        }

        List<Token> data = null;
        org.nianbao.checker.model.Location rowAt = null;
        int partial = 0;
        for (int b = firstBlock; b <= lastBlock && data == null; b++) {
            Block block = ts.blocks.get(b);
            if (ts.unfilledForm && header && block.cells().size() == CELLS
                    && block.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                // the blank template: a real 15-cell row with nothing in it
                data = new ArrayList<>();
                for (int c = 0; c < CELLS; c++) data.add(null);
                rowAt = block.location();
                break;
            }
            List<String> cells = trimTrailingEmpty(block.cells());
            long values = cells.stream().filter(c -> !c.isBlank() && CellValue.looksLikeValue(c)).count();
            boolean allValues = values > 0 && cells.stream().allMatch(c -> c.isBlank() || CellValue.looksLikeValue(c));
            if (!allValues) continue;
            if (cells.size() == CELLS && values >= CELLS - 5) {
                // a full-width row: empty positions are blank cells (互助县: 行政复议 cells left empty)
                data = new ArrayList<>();
                rowAt = block.location();
                int from0 = ts.firstTokenOfBlock[b];
                for (int c = 0; c < CELLS; c++) data.add(cells.get(c).isBlank() ? null : ts.get(ts.indexOf(b, c, from0)));
            } else if (values == CELLS) {
                data = new ArrayList<>();
                for (int k = ts.firstTokenOfBlock[b]; k < ts.firstTokenOfBlock[b + 1]; k++) data.add(ts.get(k));
            } else {
                // one number per line: a run of consecutive value tokens
                int k = ts.firstTokenOfBlock[b];
                int j = k;
                while (j < ts.size() && j < to && ts.get(j).isValue()) j++;
                if (j - k == CELLS) {
                    data = new ArrayList<>(ts.tokens.subList(k, j));
                } else {
                    partial = Math.max(partial, j - k);
                    if (j > k) b = ts.get(j - 1).block();
                }
            }
        }
        if (data == null) {
            if (!header) return ReportTable.notFound("T4");
            builder.missing("数据行：未读到 15 个数" + (partial > 0 ? "（最多连续读到 " + partial + " 个）" : ""));
            for (TableLayout.Row r : TableLayout.T4_ROWS) for (TableLayout.Column c : TableLayout.T4_COLUMNS) builder.column(c.key());
            return builder.build(true);
        }
        for (int r = 0; r < TableLayout.T4_ROWS.size(); r++) {
            builder.row(TableLayout.T4_ROWS.get(r), TableLayout.T4_COLUMNS, data.subList(r * 5, r * 5 + 5), false, rowAt);
        }
        return builder.build(true);
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int n = cells.size();
        while (n > 0 && (cells.get(n - 1) == null || cells.get(n - 1).isBlank())) n--;
        int s = 0;
        List<String> out = new ArrayList<>(n);
        for (int i = s; i < n; i++) out.add(cells.get(i) == null ? "" : cells.get(i));
        return out;
    }
}
