package org.nianbao.checker.model;

/**
 * A table cell of this report ({@code current}) or of the same agency's report of an earlier year, for the checks
 * across years (rules/crossyear.drl). Only the cells those checks use are remembered: table 三's 上年结转 and 结转下年度
 * rows, and table 二.
 *
 * @param current  the report being checked (true) or the earlier one (false)
 * @param file     the file the cell was read from
 * @param source   where the earlier report comes from: "本次检查" (this run's inputs) or "检查记录 20250114-093012"
 */
public record YearCell(boolean current, String file, String fileName, String agency, Integer year, String source,
                       String table, String row, String rowLabel, String column, String columnLabel, Double value,
                       String raw, Location location) {

    public static YearCell of(TableCell c, boolean current, String file, String fileName, String agency, Integer year,
                              String source) {
        return new YearCell(current, file, fileName, agency, year, source, c.table(), c.row(), c.rowLabel(), c.column(),
                c.columnLabel(), c.value(), c.raw(), c.location());
    }

    /** The cell as a TableCell, for {@code Emit.cell}. */
    public TableCell asTableCell() {
        return new TableCell(table, row, rowLabel, column, columnLabel, value, false, false, raw == null ? "" : raw,
                location == null ? Location.NONE : location);
    }
}
