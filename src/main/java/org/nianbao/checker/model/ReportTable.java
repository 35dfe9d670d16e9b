package org.nianbao.checker.model;

import java.util.List;
import java.util.Map;

/**
 * One of the three standard tables: whether it was found, which template its labels follow, and what the
 * template requires that was not read. Cells are kept by "ROW|COLUMN" for the arithmetic checks.
 *
 * @param missing human-readable list of rows or cells the template requires but the report does not give
 */
public record ReportTable(String table, boolean found, String template, Location location,
                          List<String> rows, List<String> columns, Map<String, TableCell> cells,
                          List<String> missing) {

    public ReportTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = Map.copyOf(cells);
        missing = List.copyOf(missing);
    }

    /** The same table without its cells (rows, columns and what is missing stay). */
    public ReportTable withoutCells() {
        return new ReportTable(table, found, template, location, rows, columns, Map.of(), missing);
    }

    public static ReportTable notFound(String table) {
        return new ReportTable(table, false, null, null, List.of(), List.of(), Map.of(), List.of());
    }

    public TableCell cell(String row, String column) {
        return cells.get(row + "|" + column);
    }

    public boolean hasRow(String row) {
        return rows.contains(row);
    }

    public boolean isIncomplete() {
        return found && !missing.isEmpty();
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
