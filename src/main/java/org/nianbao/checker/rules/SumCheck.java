package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.TableCell;

/**
 * An identity between cells of one table, evaluated for one column ("NEW + CARRIED_IN = OUTCOME_TOTAL +
 * CARRIED_OUT" over rows) or one row ("NATURAL + … + OTHER = TOTAL" over columns). The rules declare the
 * identities (arithmetic.drl inserts one SumCheck per column or row) and decide what a failure means; this class
 * only adds up. Blank cells count as 0.
 */
public final class SumCheck {

    private final ReportTable table;
    private final String name;
    private final String identity;
    private final String fixedKey;
    private final boolean fixedIsColumn;
    private final List<TableCell> left = new ArrayList<>();
    private final List<TableCell> right = new ArrayList<>();
    private boolean assessable = true;
    private double leftSum;
    private double rightSum;
    private final List<TableCell> blanks = new ArrayList<>();

    private SumCheck(String name, ReportTable table, String identity, String fixedKey, boolean fixedIsColumn) {
        this.name = name;
        this.table = table;
        this.identity = identity;
        this.fixedKey = fixedKey;
        this.fixedIsColumn = fixedIsColumn;
        String[] sides = identity.split("=");
        if (sides.length != 2) throw new IllegalArgumentException("identity needs one '=': " + identity);
        collect(sides[0], left);
        collect(sides[1], right);
        leftSum = sum(left);
        rightSum = sum(right);
        for (TableCell c : cells()) if (c.blank()) blanks.add(c);
    }

    /**
     * The identity over rows, for one column.
     *
     * @param name the ID of the rule that judges this identity, e.g. "T3_BALANCE"
     */
    public static SumCheck column(String name, ReportTable table, String column, String identity) {
        return new SumCheck(name, table, identity, column, true);
    }

    /** The identity over columns, for one row. */
    public static SumCheck row(String name, ReportTable table, String row, String identity) {
        return new SumCheck(name, table, identity, row, false);
    }

    public String getName() {
        return name;
    }

    private void collect(String side, List<TableCell> into) {
        for (String key : side.split("\\+")) {
            String k = key.strip();
            if (k.isEmpty()) continue;
            TableCell c = fixedIsColumn ? table.cell(k, fixedKey) : table.cell(fixedKey, k);
            if (c == null || c.valueForSum() == null || !Double.isFinite(c.valueForSum())) {
                assessable = false;
            } else {
                into.add(c);
            }
        }
    }

    private static double sum(List<TableCell> cells) {
        double s = 0;
        for (TableCell c : cells) s += c.valueForSum();
        return s;
    }

    /** Every cell the identity needs was read (blank is read; unreadable is not). */
    public boolean isAssessable() {
        return assessable;
    }

    public boolean isHolds() {
        return Math.abs(leftSum - rightSum) < 1e-6;
    }

    public List<TableCell> getBlanks() {
        return List.copyOf(blanks);
    }

    /**
     * Exactly one blank cell, and giving it a non-negative value would make the identity hold: the blank
     * explains the difference, so the blank is what gets reported, with that value.
     */
    public boolean isExplainedByBlank() {
        return !isHolds() && blanks.size() == 1 && getImpliedValue() >= 0;
    }

    /** The value the single blank cell would need for the identity to hold. */
    public double getImpliedValue() {
        if (blanks.size() != 1) return Double.NaN;
        return left.contains(blanks.get(0)) ? rightSum - leftSum : leftSum - rightSum;
    }

    public TableCell getBlankCell() {
        return blanks.size() == 1 ? blanks.get(0) : null;
    }

    public double getLeftSum() {
        return leftSum;
    }

    public double getRightSum() {
        return rightSum;
    }

    public List<TableCell> getLeft() {
        return List.copyOf(left);
    }

    public List<TableCell> getRight() {
        return List.copyOf(right);
    }

    public List<TableCell> cells() {
        List<TableCell> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    public ReportTable getTable() {
        return table;
    }

    public String getIdentity() {
        return identity;
    }

    /** Column label when checking a column, row label when checking a row. */
    public String getFixedLabel() {
        List<TableCell> all = cells();
        if (all.isEmpty()) return fixedKey;
        return fixedIsColumn ? all.get(0).columnLabel() : all.get(0).rowLabel();
    }

    public boolean isColumnCheck() {
        return fixedIsColumn;
    }

    /** "一、本年新收… 3 + 二、上年结转… 0 = 3" for one side. */
    public String describe(List<TableCell> side, double total) {
        StringBuilder sb = new StringBuilder();
        for (TableCell c : side) {
            if (sb.length() > 0) sb.append(" + ");
            String label = fixedIsColumn ? c.rowLabel() : c.columnLabel();
            sb.append(label).append(' ').append(c.blank() ? "(空白)" : Numbers.format(c.value()));
        }
        return sb + " = " + Numbers.format(total);
    }
}
