package org.nianbao.checker.model;

/**
 * One cell of table 二, 三 or 四 as read from the report.
 *
 * @param table     "T2", "T3" or "T4"
 * @param row       stable row key (e.g. "NEW", "DENIED_4", "REVIEW"), see {@code parse.TableLayout}
 * @param rowLabel  the template's label for the row, for messages
 * @param column    stable column key (e.g. "NATURAL", "TOTAL")
 * @param value     the number, null when blank, unreadable or not known for certain
 * @param blank     written as nothing, "-", "—", "/" or "无"
 * @param malformed not a clean number ("00", "1 0", letters); value is then the best reading or null
 * @param raw       the cell exactly as written (for a glued cell: the whole run)
 * @param reading    how the value was obtained: as written, split from a glued run, or uncertain
 * @param run        the glued run the cell came from, or null
 * @param confidence for a cell recognised from a scan, the OCR engine's confidence (0–100); null for text
 */
public record TableCell(String table, String row, String rowLabel, String column, String columnLabel,
                        Double value, boolean blank, boolean malformed, String raw, Location location,
                        Reading reading, GluedRun run, Double confidence) {

    /** How the checker knows a cell's value. */
    public enum Reading {
        /** The cell stands on its own in the document. */
        AS_WRITTEN,
        /** The cell's digits were glued to its neighbours'; exactly one split of the run keeps the row's totals. */
        SPLIT,
        /**
         * Not known for certain: glued with more than one reading (or none), or recognised from a scan with a
         * confidence under the threshold.
         */
        UNCERTAIN
    }

    public TableCell(String table, String row, String rowLabel, String column, String columnLabel,
                     Double value, boolean blank, boolean malformed, String raw, Location location) {
        this(table, row, rowLabel, column, columnLabel, value, blank, malformed, raw, location, Reading.AS_WRITTEN, null, null);
    }

    /** The cell came from a scan, read by OCR. */
    public boolean recognised() {
        return confidence != null;
    }

    /** The value for sums: blanks count as 0. Null when the cell could not be read as a number at all. */
    public Double valueForSum() {
        if (value != null) return value;
        return blank ? 0.0 : null;
    }

    public boolean uncertain() {
        return reading == Reading.UNCERTAIN;
    }

    /** "ROW|COLUMN", the cell's key in its table and in a {@link GluedRun}. */
    public String key() {
        return ReportTable.cellKey(row, column);
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
