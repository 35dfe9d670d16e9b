package org.nianbao.checker.parse;

import java.util.List;

import org.nianbao.checker.model.ReportTable;

/**
 * Table 三 (依申请): finds each row by its label, in template order, and reads its seven numbers. Group
 * labels (三、本年度办理结果, (三)不予公开), vertical one-character cells and header words are passed over
 * because they carry no numbers of their own.
 */
final class Table3Parser {

    static final int COLUMNS = TableLayout.T3_COLUMNS.size();
    private static final int MAX_LABEL_LENGTH = 70;

    record Result(ReportTable table, int endToken, boolean singleOtherRow, boolean subOtherRows) {
    }

    private static final TableLayout.Row OTHER_1 = TableLayout.t3Row("OTHER_1");
    private static final TableLayout.Row OTHER_2 = TableLayout.t3Row("OTHER_2");

    private Table3Parser() {
    }

    static Result parse(TokenStream ts, int from, int to) {
        TableBuilder builder = new TableBuilder("T3");
        List<TableLayout.Row> rows = TableLayout.T3_ROWS;
        int pointer = 0;
        int end = from;
        boolean found = false;
        boolean singleOther = false;
        boolean subOther = false;
        // when the 2021 sub-rows of (六) are there, "(六)其他处理" is only their group label, never a row of numbers
        boolean hasSubRows = false;
        for (int i = from; i < to && !hasSubRows; i++) {
            String c = ts.get(i).compact();
            hasSubRows = c.length() <= MAX_LABEL_LENGTH && (OTHER_1.matches(c) || OTHER_2.matches(c));
        }
        builder.excludeOther = hasSubRows;
        for (int i = from; i < to && pointer < rows.size(); i++) {
            Token t = ts.get(i);
            if (t.isValue()) continue;
            String label = t.compact();
            if (label.length() > MAX_LABEL_LENGTH) continue;
            int match = match(label, pointer, builder);
            int labelEnd = i;
            if (match < 0) {
                // a label cut in a narrow column: "1. 属于国家" / (numbers) / "秘密" — try it with its next part
                int joined = -1, j = i;
                // the second part may follow a line of numbers or a group cell ("1.属于国" / "(三)不予公开 0 0…" / "家秘密")
                for (int tries = 0; tries < 2 && joined < 0; tries++) {
                    j = nextLabelPart(ts, j, to, i);
                    if (j < 0) break;
                    joined = match(label + ts.get(j).compact(), pointer, builder);
                    int alone = match(ts.get(j).compact(), pointer, builder);
                    if (alone >= 0) {
                        // the part is a label by itself: only its own row's numbers between the halves make it a tail
                        boolean numbersBetween = j > i + 1 && ts.get(j - 1).isValue();
                        if (joined != alone || !numbersBetween) joined = -1;
                        break;
                    }
                }
                if (joined < 0) continue;
                match = joined;
                labelEnd = j;
            }
            TableLayout.Row row = rows.get(match);
            boolean isOther = row.key().equals("OTHER");
            // a continuation line of this same label (求缴纳费用… under 2、申请人逾期未按收费通知要) is not another row
            final int self = match;
            java.util.function.Predicate<Token> otherLabel = tok -> {
                if (tok.isValue()) return false;
                int other = match(tok.compact(), 0, builder);
                return other >= 0 && other != self;
            };
            RowValues.Read read = RowValues.after(ts, i, COLUMNS, otherLabel);
            if (read.none() && labelEnd > i) read = RowValues.after(ts, labelEnd, COLUMNS, otherLabel);
            if (read.none()) continue;  // a group label such as (六)其他处理 over its sub-rows
            found = true;
            if (read.complete()) {
                builder.row(row, TableLayout.T3_COLUMNS, read.cells(), false);
            } else {
                builder.missingRow(row.key(), shortLabel(row) + "：读到 " + read.found() + " 个数，应为 " + COLUMNS + " 个（" + t.location().describe() + "）");
            }
            builder.at(t.location());
            if (isOther) singleOther = true;
            if (row.key().startsWith("OTHER_")) subOther = true;
            pointer = match + 1;
            // a 2019-style single 其他处理 row stands for the three 2021 sub-rows
            if (isOther) pointer = indexOf("OTHER_3") + 1;
            end = Math.max(end, read.next());
            i = read.next() - 1;
            if (row.key().equals("CARRIED_OUT")) break;
        }
        if (found) {
            for (TableLayout.Row row : rows) {
                if (builder.isAccountedFor(row.key())) continue;
                if (row.key().equals("OTHER") && subOther) continue;
                if (row.key().startsWith("OTHER_") && singleOther) continue;
                if (row.key().equals("OTHER") && !singleOther) continue;
                builder.missingRow(row.key(), shortLabel(row) + "：未找到该行");
            }
        }
        String template = singleOther ? "2019" : subOther ? "2021" : null;
        return new Result(builder.template(template).build(found), end, singleOther, subOther);
    }

    /**
     * The next short text cell after token {@code i}, past at most one line of numbers: the second half of a
     * label that wrapped, or -1.
     */
    private static int nextLabelPart(TokenStream ts, int i, int to, int labelStart) {
        int j = i + 1;
        int valueBlock = -1;
        while (j < to && ts.get(j).isValue()) {
            if (valueBlock >= 0 && ts.get(j).block() != valueBlock) return -1;
            valueBlock = ts.get(j).block();
            j++;
        }
        if (j >= to || ts.get(j).compact().length() > 20) return -1;
        return ts.get(j).block() - ts.get(labelStart).block() <= 3 ? j : -1;
    }

    static String shortLabel(TableLayout.Row row) {
        return row.label();
    }

    private static int indexOf(String key) {
        for (int i = 0; i < TableLayout.T3_ROWS.size(); i++) if (TableLayout.T3_ROWS.get(i).key().equals(key)) return i;
        return -1;
    }

    /** The first row at or after the pointer whose label matches; bare 总计 / 其他 only where they can stand. */
    private static int match(String label, int pointer, TableBuilder builder) {
        List<TableLayout.Row> rows = TableLayout.T3_ROWS;
        for (int j = pointer; j < rows.size(); j++) {
            TableLayout.Row row = rows.get(j);
            if (!row.matches(label)) continue;
            if (row.key().equals("OUTCOME_TOTAL") && pointer <= indexOf("GRANTED")) continue;
            if (row.key().equals("OTHER") && builder.excludeOther) continue;
            if (row.key().equals("OTHER_3") && pointer <= indexOf("OTHER_1") && !label.startsWith("3")) continue;
            return j;
        }
        return -1;
    }
}
