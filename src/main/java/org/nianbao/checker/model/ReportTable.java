package org.nianbao.checker.model;

import java.util.List;
import java.util.Map;

/**
 * One of the three standard tables: whether it was found, which template its labels follow, and what the
 * template requires that was not read. Cells are kept by "ROW|COLUMN" for the arithmetic checks.
 *
 * @param missing    human-readable list of rows or cells the template requires but the document does not give
 * @param unreadable human-readable list of rows or cells that are there but could not be read with certainty
 *                   (digits glued together with several readings, a count that does not fit the row in a copy
 *                   that lost its cell borders): our reading failure, not the agency's defect
 */
public record ReportTable(String table, boolean found, String template, Location location,
                          List<String> rows, List<String> columns, Map<String, TableCell> cells,
                          List<String> missing, List<String> unreadable) {

    public ReportTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = Map.copyOf(cells);
        missing = List.copyOf(missing);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public ReportTable(String table, boolean found, String template, Location location, List<String> rows,
                       List<String> columns, Map<String, TableCell> cells, List<String> missing) {
        this(table, found, template, location, rows, columns, cells, missing, List.of());
    }

    /** The same table without its cells (rows, columns and what is missing or unreadable stay). */
    public ReportTable withoutCells() {
        return new ReportTable(table, found, template, location, rows, columns, Map.of(), missing, unreadable);
    }

    public static ReportTable notFound(String table) {
        return new ReportTable(table, false, null, null, List.of(), List.of(), Map.of(), List.of(), List.of());
    }

    public TableCell cell(String row, String column) {
        return cells.get(cellKey(row, column));
    }

    /** How {@link #cells} is keyed: "ROW|COLUMN", e.g. "CARRIED_OUT|TOTAL". */
    public static String cellKey(String row, String column) {
        return row + "|" + column;
    }

    public boolean hasRow(String row) {
        return rows.contains(row);
    }

    public boolean isIncomplete() {
        return found && !missing.isEmpty();
    }

    /** Some rows or cells could not be read with certainty (not named isUnreadable: rules read the list as {@code unreadable}). */
    public boolean anyUnreadable() {
        return found && !unreadable.isEmpty();
    }

    public String name() {
        return tableName(table);
    }

    public static String tableName(String table) {
        return switch (table) {
            case "T2" -> "表二";
            case "T3" -> "表三";
            case "T4" -> "表四";
            default -> table;
        };
    }

    public static String tableTitle(String table) {
        return switch (table) {
            case "T2" -> "表二 主动公开政府信息情况";
            case "T3" -> "表三 收到和处理政府信息公开申请情况";
            case "T4" -> "表四 政府信息公开行政复议、行政诉讼情况";
            default -> table;
        };
    }
}
