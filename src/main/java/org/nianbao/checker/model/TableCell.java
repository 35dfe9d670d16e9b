package org.nianbao.checker.model;

/**
 * One cell of table 二, 三 or 四 as read from the report.
 *
 * @param table     "T2", "T3" or "T4"
 * @param row       stable row key (e.g. "NEW", "DENIED_4", "REVIEW"), see {@code parse.TableLayout}
 * @param rowLabel  the template's label for the row, for messages
 * @param column    stable column key (e.g. "NATURAL", "TOTAL")
 * @param value     the number, null when blank or unreadable
 * @param blank     written as nothing, "-", "—", "/" or "无"
 * @param malformed not a clean number ("00", "1 0", letters); value is then the best reading or null
 * @param raw       the cell exactly as written
 */
public record TableCell(String table, String row, String rowLabel, String column, String columnLabel,
                        Double value, boolean blank, boolean malformed, String raw, Location location) {

    /** The value for sums: blanks count as 0. Null when the cell could not be read as a number at all. */
    public Double valueForSum() {
        if (value != null) return value;
        return blank ? 0.0 : null;
    }

    /** "表三 一、本年新收政府信息公开申请数量 / 自然人" */
    public String describe() {
        return ReportTable.tableName(table) + " " + rowLabel + " / " + columnLabel;
    }

    /** Row and column labels only, as JSON's "cell". */
    public String cellLabel() {
        return rowLabel + " / " + columnLabel;
    }
}
