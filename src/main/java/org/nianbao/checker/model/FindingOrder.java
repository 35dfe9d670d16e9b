package org.nianbao.checker.model;

import java.util.Comparator;
import java.util.List;

/**
 * The one order a report's findings are listed in, in findings.json and in every workbook: most severe first
 * ({@link Severity}), then where they are in the document (page, then line; a finding without a place comes after
 * those with one), then where their first cell sits in its table as the table prints (so the blanks of one row read
 * left to right), then rule ID. Section, table, cell and message only break what ties remain (sections and tables in
 * their document order), so the order never depends on the order the rules happened to fire in.
 */
public final class FindingOrder {

    private static final long NO_CELL = Long.MAX_VALUE;
    private static final Comparator<Integer> UNKNOWN_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<String> NONE_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private FindingOrder() {
    }

    /** The order of the findings of {@code parsed} (null when the report is not at hand: cells then do not count). */
    public static Comparator<Finding> of(ParsedReport parsed) {
        return Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.location() == null ? null : f.location().page(), UNKNOWN_LAST)
                .thenComparing(f -> f.location() == null ? null : f.location().line(), UNKNOWN_LAST)
                .thenComparingLong(f -> cellPosition(parsed, f))
                .thenComparing(Finding::rule, NONE_LAST)
                .thenComparingInt(f -> numberIn(f.section(), 0))
                .thenComparingInt(f -> numberIn(f.table(), 1))
                .thenComparing(Finding::cell, NONE_LAST)
                .thenComparing(Finding::message, NONE_LAST);
    }

    /**
     * The numeral at {@code at} in a section heading ("三、收到…", at 0) or a table name ("表三", at 1) as a number,
     * so that ties read 二, 三, 六 as in the document (their characters sort 三, 二, 六); 99 when there is none.
     */
    private static int numberIn(String text, int at) {
        if (text == null || text.length() <= at) return 99;
        int n = List.of(Section.NUMERALS).indexOf(text.substring(at, at + 1));
        return n > 0 ? n : 99;
    }

    /** Where the finding's first cell sits: its table among the report's, then row, then column as the table prints. */
    private static long cellPosition(ParsedReport parsed, Finding f) {
        if (parsed == null || f.cellRefs().isEmpty()) return NO_CELL;
        CellRef ref = f.cellRefs().get(0);
        List<ReportTable> tables = parsed.tables();
        for (int t = 0; t < tables.size(); t++) {
            ReportTable table = tables.get(t);
            if (!table.table().equals(ref.table())) continue;
            int row = table.rows().indexOf(ref.row());
            int column = table.columns().indexOf(ref.column());
            if (row < 0 || column < 0) return NO_CELL;
            return t * 1_000_000L + row * 1_000L + column;
        }
        return NO_CELL;
    }
}
