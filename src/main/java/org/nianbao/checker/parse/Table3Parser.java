package org.nianbao.checker.parse;

import java.util.List;

import org.nianbao.checker.model.ReportTable;

/**
 * Table 三 (依申请): finds each row by its label, in template order, and reads its seven numbers. Group
 * labels (三、本年度办理结果, (三)不予公开), vertical one-character cells and header words are passed over
 * because they carry no numbers of their own. In a table that lost its borders each row's numbers come as one run,
 * told apart by the row's own total (the six applicant columns add up to 总计).
 */
final class Table3Parser {

    static final int COLUMNS = TableLayout.T3_COLUMNS.size();
    private static final int MAX_LABEL_LENGTH = 70;
    /** The row's own total: 自然人 + … + 其他 = 总计. */
    static final List<DigitSplits.Total> ROW_TOTAL = List.of(new DigitSplits.Total(new int[]{0, 1, 2, 3, 4, 5}, 6));

    record Result(ReportTable table, int endToken, boolean singleOtherRow, boolean subOtherRows) {
    }

    /** A row label as found: the row, the token where it starts and the token where it ends (a label may wrap). */
    private record Label(int row, int start, int end) {
    }

    private Table3Parser() {
    }

    static Result parse(TokenStream ts, int from, int to) {
        Cursor cursor = new Cursor(hasOtherSubRows(ts, from, to));
        TableBuilder builder = new TableBuilder("T3", ts);
        int end = from;
        boolean found = false;
        int i = from;
        while (i < to && !cursor.done()) {
            Label label = nextLabel(ts, i, to, cursor);
            if (label == null) break;
            TableLayout.Row row = TableLayout.T3_ROWS.get(label.row());
            RowValues.Read read = values(ts, label, cursor);
            Token at = ts.get(label.start());
            if (read.none() && at.inline()) {
                // a table that lost its borders: the row is there, but what follows its label is not numbers we can read
                builder.unreadableRow(row.key(), row.label() + "：标签后没有读到数字（" + at.location().describe() + "）");
                cursor.passed(row);
                i = label.end() + 1;
                continue;
            }
            if (read.none()) {        // a group label such as (六)其他处理 over its sub-rows
                i = label.start() + 1;
                continue;
            }
            found = true;
            add(builder, row, read, at);
            cursor.passed(row);
            end = Math.max(end, read.next());
            i = read.next();
            if (row.key().equals("CARRIED_OUT")) break;
        }
        if (found) missingRows(builder, cursor);
        String template = cursor.singleOther ? "2019" : cursor.subOther ? "2021" : null;
        return new Result(builder.template(template).build(found), end, cursor.singleOther, cursor.subOther);
    }

    /** The 2021 sub-rows of (六) are there: "(六)其他处理" is then only their group label, never a row of numbers. */
    private static boolean hasOtherSubRows(TokenStream ts, int from, int to) {
        TableLayout.Row other1 = TableLayout.t3Row("OTHER_1"), other2 = TableLayout.t3Row("OTHER_2");
        for (int i = from; i < to; i++) {
            String c = ts.get(i).compact();
            if (c.length() <= MAX_LABEL_LENGTH && (other1.matches(c) || other2.matches(c))) return true;
        }
        return false;
    }

    /**
     * The next row label at or after token {@code i}: a token that names a row the cursor allows, or a label cut
     * in a narrow column ("1. 属于国家" / (numbers) / "秘密") joined with its next part.
     */
    private static Label nextLabel(TokenStream ts, int i, int to, Cursor cursor) {
        for (; i < to; i++) {
            Token t = ts.get(i);
            if (t.isValue() || t.compact().length() > MAX_LABEL_LENGTH) continue;
            int row = cursor.match(t.compact());
            if (row >= 0) return new Label(row, i, i);
            Label joined = joinedLabel(ts, i, to, cursor);
            if (joined != null) return joined;
        }
        return null;
    }

    /** A label whose second part follows after at most one line of numbers or a group cell. */
    private static Label joinedLabel(TokenStream ts, int i, int to, Cursor cursor) {
        String label = ts.get(i).compact();
        int j = i;
        for (int tries = 0; tries < 2; tries++) {
            j = nextLabelPart(ts, j, to, i);
            if (j < 0) return null;
            int joined = cursor.match(label + ts.get(j).compact());
            int alone = cursor.match(ts.get(j).compact());
            if (alone >= 0) {
                // the part is a label by itself: only its own row's numbers between the halves make it a tail, and
                // a part with numbers of its own after it heads its own row (a header cell misread as a number, or
                // a mangled (七)总计, must not take over the next row's label and shift the rows by one)
                boolean numbersBetween = j > i + 1 && ts.get(j - 1).isValue();
                Token part = ts.get(j);
                boolean ownNumbers = RowValues.inBlock(ts, part.block(), part.cell() + 1, j + 1, COLUMNS) != null;
                return joined == alone && numbersBetween && !ownNumbers ? new Label(joined, i, j) : null;
            }
            if (joined >= 0) return new Label(joined, i, j);
        }
        return null;
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

    /** The numbers of a row: after the label's first part, else after its second. */
    private static RowValues.Read values(TokenStream ts, Label label, Cursor cursor) {
        // a continuation line of this same label (求缴纳费用… under 2、申请人逾期未按收费通知要) is not another row
        java.util.function.Predicate<Token> otherLabel = tok -> {
            if (tok.isValue()) return false;
            int other = cursor.matchAny(tok.compact());
            return other >= 0 && other != label.row();
        };
        RowValues.Read read = RowValues.after(ts, label.start(), COLUMNS, otherLabel);
        if (read.none() && label.end() > label.start()) read = RowValues.after(ts, label.end(), COLUMNS, otherLabel);
        return read;
    }

    private static void add(TableBuilder builder, TableLayout.Row row, RowValues.Read read, Token label) {
        if (read.glued()) {
            builder.glued(TableBuilder.slots(row, TableLayout.T3_COLUMNS), ROW_TOTAL, read.run(), label.location(),
                    row.label(), DigitSplits.MAX_CELL_DIGITS);
        } else if (read.complete()) {
            builder.row(row, TableLayout.T3_COLUMNS, read.cells(), false);
            builder.checkRecognisedTotals(row, TableLayout.T3_COLUMNS, ROW_TOTAL);
        } else {
            builder.missingRow(row.key(), row.label() + "：读到 " + read.found() + " 个数，应为 " + COLUMNS + " 个（" + label.location().describe() + "）");
        }
        builder.at(label.location());
    }

    /** Every row of the template that the table does not have, except the (六) rows of the other format. */
    private static void missingRows(TableBuilder builder, Cursor cursor) {
        for (TableLayout.Row row : TableLayout.T3_ROWS) {
            if (builder.isAccountedFor(row.key())) continue;
            if (row.key().equals("OTHER") && (cursor.subOther || !cursor.singleOther)) continue;
            if (row.key().startsWith("OTHER_") && cursor.singleOther) continue;
            builder.missingRow(row.key(), row.label() + "：未找到该行");
        }
    }

    /**
     * Where in the template the table has got to: labels match only rows at or after the cursor, so a label
     * that recurs lower down (其他, 总计) is read in its own place. Bare 总计 and 其他 match only where they can stand.
     */
    private static final class Cursor {
        private static final List<TableLayout.Row> ROWS = TableLayout.T3_ROWS;
        private static final int GRANTED = indexOf("GRANTED");
        private static final int OTHER_1 = indexOf("OTHER_1");
        private static final int OTHER_3 = indexOf("OTHER_3");

        private final boolean otherIsGroupLabel;
        private int next;
        boolean singleOther;
        boolean subOther;

        Cursor(boolean otherIsGroupLabel) {
            this.otherIsGroupLabel = otherIsGroupLabel;
        }

        boolean done() {
            return next >= ROWS.size();
        }

        int match(String label) {
            return matchFrom(label, next);
        }

        int matchAny(String label) {
            return matchFrom(label, 0);
        }

        private int matchFrom(String label, int pointer) {
            for (int j = pointer; j < ROWS.size(); j++) {
                TableLayout.Row row = ROWS.get(j);
                if (!row.matches(label)) continue;
                if (row.key().equals("OUTCOME_TOTAL") && pointer <= GRANTED) continue;
                if (row.key().equals("OTHER") && otherIsGroupLabel) continue;
                if (row.key().equals("OTHER_3") && pointer <= OTHER_1 && !label.startsWith("3")) continue;
                return j;
            }
            return -1;
        }

        void passed(TableLayout.Row row) {
            next = ROWS.indexOf(row) + 1;
            if (row.key().equals("OTHER")) {
                singleOther = true;
                // a 2019-style single 其他处理 row stands for the three 2021 sub-rows
                next = OTHER_3 + 1;
            }
            if (row.key().startsWith("OTHER_")) subOther = true;
        }

        private static int indexOf(String key) {
            for (int i = 0; i < ROWS.size(); i++) if (ROWS.get(i).key().equals(key)) return i;
            return -1;
        }
    }
}
