package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.GluedRun;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.model.Numbers;

/**
 * Collects the cells of one table as they are read, what the template requires but the document does not give
 * (missing), and what is there but could not be read with certainty (unreadable).
 */
final class TableBuilder {

    private final String table;
    private final List<String> rows = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final Map<String, TableCell> cells = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final java.util.Set<String> reportedRows = new java.util.HashSet<>();
    private Location location;
    private String template;

    /** Some of the document was recognised from a scan: what is not found there is not known to be missing. */
    private final boolean scanned;
    private final double minConfidence;
    private final double implausibleFrom;

    TableBuilder(String table, TokenStream ts) {
        this.table = table;
        this.scanned = ts.scanned;
        this.minConfidence = ts.minConfidence;
        this.implausibleFrom = ts.implausibleFrom;
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
            CellValue v = t == null ? new CellValue(null, true, false) : CellValue.parse(t.text(), unitAllowed, implausibleFrom);
            Location loc = t != null ? t.location() : rowLocation != null ? rowLocation : firstLocation(values);
            Double confidence = t == null ? null : t.confidence();
            TableCell.Reading reading = TableCell.Reading.AS_WRITTEN;
            if (t == null && scanned) {
                // an empty cell on a scan may be a faint number the engine did not see: not known to be blank
                v = new CellValue(null, false, false);
                reading = TableCell.Reading.UNCERTAIN;
                unreadable.add(row.label() + " / " + col.label() + "：扫描件中此格未识别出数字，可能是空白，也可能没有认出（" + loc.describe() + "）");
            } else if (confidence != null && (confidence < minConfidence || v.malformed())) {
                // recognised from a scan and not sure (or not a clean number, which a scan more likely misread): not a number
                v = new CellValue(null, false, false);
                reading = TableCell.Reading.UNCERTAIN;
                unreadable.add(row.label() + " / " + col.label() + "：扫描识别为「" + t.raw() + "」，可信度 "
                        + Math.round(confidence) + "%" + (confidence < minConfidence ? "，低于 " + Math.round(minConfidence) + "%" : "，不是规范数字")
                        + "（" + loc.describe() + "）");
            }
            cells.put(key(row.key(), col.key()), new TableCell(table, row.key(), row.label(), col.key(), col.label(),
                    shared(v.value()), v.blank(), v.malformed(), t == null ? "" : shared(t.raw()), loc, reading, null, confidence));
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

    /** Cell keys by row and column: the template's keys, so the pairs are few; one string each, found without building it. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>> CELL_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(String row, String column) {
        return CELL_KEYS.computeIfAbsent(row, r -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(column, c -> ReportTable.cellKey(row, c));
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

    /**
     * A row recognised from a scan whose own total does not hold (the applicants do not add up to 总计): some digit
     * was misread, and which one is not known, so none of the row's recognised numbers is taken as read. Misreadings
     * with high confidence exist; the row's total is how they show.
     */
    void checkRecognisedTotals(TableLayout.Row row, List<TableLayout.Column> cols, List<DigitSplits.Total> totals) {
        if (!scanned) return;
        List<TableCell> cellsOfRow = new ArrayList<>();
        for (TableLayout.Column c : cols) cellsOfRow.add(cells.get(key(row.key(), c.key())));
        if (cellsOfRow.stream().noneMatch(c -> c != null && c.recognised())) return;
        if (cellsOfRow.stream().anyMatch(c -> c == null || c.valueForSum() == null)) return;
        for (DigitSplits.Total t : totals) {
            double sum = 0;
            for (int p : t.parts()) sum += cellsOfRow.get(p).valueForSum();
            double total = cellsOfRow.get(t.total()).valueForSum();
            if (Math.abs(sum - total) < 1e-9) continue;
            StringBuilder read = new StringBuilder();
            for (TableCell c : cellsOfRow) read.append(read.length() > 0 ? "|" : "").append(c.blank() ? "空" : Numbers.format(c.value()));
            unreadable.add(row.label() + "：扫描识别为 " + read + "，该行各数之和与总计不符，可能有数字认错，未作判断（"
                    + cellsOfRow.get(0).location().describe() + "）");
            for (TableCell c : cellsOfRow) {
                if (!c.recognised()) continue;
                cells.put(key(row.key(), c.column()), new TableCell(c.table(), c.row(), c.rowLabel(), c.column(), c.columnLabel(),
                        null, false, false, c.raw(), c.location(), TableCell.Reading.UNCERTAIN, null, c.confidence()));
            }
            return;
        }
    }

    /** One cell of the template: a row and a column. */
    record Slot(TableLayout.Row row, TableLayout.Column column) {
        String key() {
            return ReportTable.cellKey(row.key(), column.key());
        }
    }

    /** The slots of one row, in column order. */
    static List<Slot> slots(TableLayout.Row row, List<TableLayout.Column> columns) {
        List<Slot> out = new ArrayList<>(columns.size());
        for (TableLayout.Column c : columns) out.add(new Slot(row, c));
        return out;
    }

    /**
     * Cells whose borders were lost: {@code run}, as written after their label, holds the numbers of {@code slots}.
     * Written with a space between every cell and keeping {@code totals}, it is read as written. Otherwise its
     * digits are split every way that keeps the totals ({@link DigitSplits}): one reading gives the cells
     * (marked as split, so a finding on them can say so); several, or none, leave them uncertain, listed as
     * unreadable with the run, and the sums that need them are not assessed.
     *
     * @param where    how an officer finds the cells ("(七)总计", "表四数据行")
     * @param maxCell  the most digits one cell may have
     */
    void glued(List<Slot> slots, List<DigitSplits.Total> totals, String run, Location at, String where, int maxCell) {
        int k = slots.size();
        String written = run.strip();
        double[] asWritten = asWritten(written, k, slots);
        if (asWritten != null && keeps(asWritten, totals)) {
            putRun(slots, written, at, asWritten, TableCell.Reading.AS_WRITTEN, null);
            return;
        }
        String digits = written.replace(" ", "");
        List<double[]> readings = new ArrayList<>();
        boolean complete = true;
        if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            DigitSplits.Result r = DigitSplits.of(digits, k, totals, maxCell);
            readings.addAll(r.readings());
            complete = r.complete();
        }
        if (asWritten != null && readings.stream().noneMatch(r -> java.util.Arrays.equals(r, asWritten))) readings.add(0, asWritten);
        if (!complete) readings.clear();
        GluedRun glued = new GluedRun(table, written, slots.stream().map(Slot::key).toList(), readings, !totals.isEmpty(), at);
        if (complete && readings.size() == 1) {
            boolean same = asWritten != null && java.util.Arrays.equals(readings.get(0), asWritten);
            putRun(slots, written, at, readings.get(0), same ? TableCell.Reading.AS_WRITTEN : TableCell.Reading.SPLIT, glued);
            return;
        }
        putRun(slots, written, at, null, TableCell.Reading.UNCERTAIN, glued);
        if (readings.size() > 1) {
            unreadable.add(where + "：数字连写为「" + written + "」，有 " + readings.size() + " 种拆分都说得通（如 "
                    + describe(readings.get(0)) + "；" + describe(readings.get(1)) + "），无法确定各格的数（" + at.describe() + "）");
        } else if (!complete) {
            unreadable.add(where + "：数字连写为「" + written + "」，拆分方式过多，无法确定各格的数（" + at.describe() + "）");
        } else if (!totals.isEmpty() && digits.length() >= k && digits.chars().allMatch(Character::isDigit)) {
            unreadable.add(where + "：数字连写为「" + written + "」，拆不出 " + k + " 个能使合计成立的数（原文可能有空白格或数字有误，请人工核对）（"
                    + at.describe() + "）");
        } else {
            unreadable.add(where + "：读到「" + written + "」，原文各格之间没有分隔，不能确定 " + k + " 个格各是多少（" + at.describe() + "）");
        }
    }

    /** The run read as written: exactly one clean number per cell, separated by spaces; null otherwise. */
    private static double[] asWritten(String run, int k, List<Slot> slots) {
        String[] parts = run.split("\\s+");
        if (parts.length != k) return null;
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            CellValue v = CellValue.parse(parts[i], false);
            if (v.value() == null || v.blank() || v.malformed()) return null;
            values[i] = v.value();
        }
        return values;
    }

    private static boolean keeps(double[] values, List<DigitSplits.Total> totals) {
        for (DigitSplits.Total t : totals) {
            double sum = 0;
            for (int p : t.parts()) sum += values[p];
            if (Math.abs(sum - values[t.total()]) > 1e-9) return false;
        }
        return true;
    }

    private static String describe(double[] reading) {
        StringBuilder sb = new StringBuilder();
        for (double v : reading) sb.append(sb.length() > 0 ? "|" : "").append(Numbers.format(v));
        return sb.toString();
    }

    private void putRun(List<Slot> slots, String raw, Location at, double[] values, TableCell.Reading reading, GluedRun run) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (!rows.contains(slot.row().key())) rows.add(slot.row().key());
            column(slot.column().key());
            Double v = values == null ? null : shared(values[i]);
            String cellRaw = values == null || reading == TableCell.Reading.SPLIT ? raw : Numbers.format(values[i]);
            cells.put(key(slot.row().key(), slot.column().key()), new TableCell(table, slot.row().key(), slot.row().label(),
                    slot.column().key(), slot.column().label(), v, false, false, shared(cellRaw), at, reading, run, null));
        }
        at(at);
    }

    /** Something the template requires that the document has, but that could not be read with certainty. */
    void unreadable(String what) {
        unreadable.add(what);
    }

    void missing(String what) {
        if (scanned) {
            unreadable.add(what + "（扫描件，可能未识别出）");
            return;
        }
        missing.add(what);
    }

    /**
     * A required row that was absent or could not be read completely. On a scan it is not known to be absent (the
     * engine may have missed it): it is then unreadable, not missing.
     */
    void missingRow(String rowKey, String what) {
        reportedRows.add(rowKey);
        (scanned ? unreadable : missing).add(scanned ? what + "（扫描件，可能未识别出）" : what);
    }

    /** A required row that is there but whose cells could not be told apart. */
    void unreadableRow(String rowKey, String what) {
        reportedRows.add(rowKey);
        unreadable.add(what);
    }

    boolean isAccountedFor(String rowKey) {
        return rows.contains(rowKey) || reportedRows.contains(rowKey);
    }



    ReportTable build(boolean found) {
        if (!found) return ReportTable.notFound(table);
        return new ReportTable(table, true, template, location == null ? Location.NONE : location, rows, columns, cells,
                missing, unreadable);
    }
}
