package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.TableCell;

/** Collects the cells of one table as they are read, and what the template requires but was not read. */
final class TableBuilder {

    private final String table;
    private final List<String> rows = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final Map<String, TableCell> cells = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final java.util.Set<String> reportedRows = new java.util.HashSet<>();
    private Location location;
    /** Table 三 only: the 2021 sub-rows of (六) are present, so the single 2019 row cannot be. */
    boolean excludeOther;
    private String template;

    TableBuilder(String table) {
        this.table = table;
    }

    TableBuilder template(String t) {
        this.template = t;
        return this;
    }

    void at(Location l) {
        if (location == null) location = l;
    }

    void column(String key) {
        if (!columns.contains(key)) columns.add(key);
    }

    /** Adds a row read with its cells; a null token is a cell left empty between numbers. */
    void row(TableLayout.Row row, List<TableLayout.Column> cols, List<Token> values, boolean unitAllowedInLast) {
        row(row, cols, values, unitAllowedInLast, null);
    }

    /** @param rowLocation where the row is, for blank cells when no cell of the row has a location */
    void row(TableLayout.Row row, List<TableLayout.Column> cols, List<Token> values, boolean unitAllowedInLast,
             Location rowLocation) {
        if (!rows.contains(row.key())) rows.add(row.key());
        for (int i = 0; i < cols.size(); i++) {
            TableLayout.Column col = cols.get(i);
            column(col.key());
            Token t = values.get(i);
            boolean unitAllowed = unitAllowedInLast && i == cols.size() - 1;
            CellValue v = t == null ? new CellValue(null, true, false) : CellValue.parse(t.text(), unitAllowed);
            Location loc = t != null ? t.location() : rowLocation != null ? rowLocation : firstLocation(values);
            cells.put(key(row.key(), col.key()), new TableCell(table, row.key(), row.label(), col.key(), col.label(),
                    shared(v.value()), v.blank(), v.malformed(), t == null ? "" : shared(t.raw()), loc));
            at(loc);
        }
    }

    private static Location firstLocation(List<Token> values) {
        for (Token t : values) if (t != null) return t.location();
        return Location.NONE;
    }

    // Thousands of reports are kept until the outputs are written: the same key, "0" or 0.0 is one object.
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Double[] SMALL = new Double[1001];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = (double) i;
    }

    private static String key(String row, String column) {
        String k = row + "|" + column;
        String known = KEYS.putIfAbsent(k, k);
        return known == null ? k : known;
    }

    private static String shared(String raw) {
        if (raw.length() > 6) return raw;
        String known = KEYS.putIfAbsent(raw, raw);
        return known == null ? raw : known;
    }

    private static Double shared(Double v) {
        if (v == null || v < 0 || v > 1000 || v != Math.rint(v)) return v;
        return SMALL[v.intValue()];
    }

    void missing(String what) {
        missing.add(what);
    }

    /** A required row that was absent or could not be read completely. */
    void missingRow(String rowKey, String what) {
        reportedRows.add(rowKey);
        missing.add(what);
    }

    boolean isAccountedFor(String rowKey) {
        return rows.contains(rowKey) || reportedRows.contains(rowKey);
    }



    ReportTable build(boolean found) {
        if (!found) return ReportTable.notFound(table);
        return new ReportTable(table, true, template, location == null ? Location.NONE : location, rows, columns, cells, missing);
    }
}
