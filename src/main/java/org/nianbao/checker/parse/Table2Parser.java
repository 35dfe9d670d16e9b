package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.FormatMarker;
import org.nianbao.checker.model.ReportTable;

/**
 * Table 二 (主动公开): blocks headed 第二十条第(X)项, each with its own columns. The column labels say which
 * template the report follows; rows are found by label and read like any other row.
 */
final class Table2Parser {

    /** Table 二 holds amounts and counts of decisions (行政处罚 3985758): longer than a count of applications. */
    private static final int MAX_CELL_DIGITS = 9;
    private static final Pattern ITEM = Pattern.compile("第二十条第?\\(([一二三四五六七八九十]+)\\)项?");

    record Result(ReportTable table, List<FormatMarker> markers) {
    }

    private Table2Parser() {
    }

    static Result parse(TokenStream ts, int from, int to) {
        List<FormatMarker> markers = new ArrayList<>();
        List<int[]> items = new ArrayList<>();   // {token index, item numeral index}
        List<String> itemNames = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            String c = t.compact();
            for (String label : TableLayout.LABELS_2019) if (c.contains(label)) markers.add(new FormatMarker("2019", label, t.location(), i));
            for (String label : TableLayout.LABELS_2021) if (c.contains(label)) markers.add(new FormatMarker("2021", label, t.location(), i));
            Matcher m = ITEM.matcher(c);
            if (m.find() && c.length() < 20) {
                items.add(new int[]{i});
                itemNames.add(m.group(1));
            }
        }
        if (items.isEmpty()) return new Result(ReportTable.notFound("T2"), markers);

        boolean has2019 = markers.stream().anyMatch(m -> m.template().equals("2019"));
        boolean has2021 = markers.stream().anyMatch(m -> m.template().equals("2021"));
        String template = has2019 && !has2021 ? "2019" : "2021";
        List<TableLayout.T2Block> layout = template.equals("2019") ? TableLayout.T2_2019 : TableLayout.T2_2021;

        TableBuilder builder = new TableBuilder("T2", ts).template(has2019 || has2021 ? template : null);
        builder.at(ts.get(items.get(0)[0]).location());
        for (TableLayout.T2Block block : layout) {
            int k = itemNames.indexOf(block.item());
            if (k < 0) {
                builder.missing("第二十条第(" + block.item() + ")项：未找到该部分");
                continue;
            }
            int start = items.get(k)[0] + 1;
            int end = k + 1 < items.size() ? items.get(k + 1)[0] : to;
            for (TableLayout.Row row : block.rows()) {
                readRow(ts, start, end, block, row, builder);
            }
        }
        return new Result(builder.build(true), markers);
    }

    private static boolean namesARow(TableLayout.T2Block block, String label) {
        for (TableLayout.Row r : block.rows()) if (r.matches(label)) return true;
        return false;
    }

    private static void readRow(TokenStream ts, int start, int end, TableLayout.T2Block block, TableLayout.Row row,
                                TableBuilder builder) {
        String where = "第二十条第(" + block.item() + ")项 " + row.label();
        for (int i = start; i < end; i++) {
            Token t = ts.get(i);
            if (t.isValue() || !row.matches(t.compact())) continue;
            RowValues.Read read = RowValues.after(ts, i, block.columns().size(),
                    tok -> namesARow(block, tok.compact()));
            if (read.glued()) {
                builder.glued(TableBuilder.slots(row, block.columns()), List.of(), read.run(), t.location(), where, MAX_CELL_DIGITS);
            } else if (read.complete()) {
                boolean unitInLast = row.key().equals("PROCUREMENT");
                builder.row(row, block.columns(), read.cells(), unitInLast);
            } else if (t.inline()) {
                // a table that lost its borders: the numbers after the label are there, but not in a form we can read
                builder.unreadableRow(row.key(), where + "：标签后的内容未能读作 " + block.columns().size() + " 个数（" + t.location().describe() + "）");
            } else {
                builder.missingRow(row.key(), where + "：读到 " + read.found() + " 个数，应为 " + block.columns().size()
                        + " 个（" + t.location().describe() + "）");
            }
            return;
        }
        builder.missingRow(row.key(), where + "：未找到该行");
    }
}
