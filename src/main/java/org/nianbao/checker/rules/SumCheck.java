package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nianbao.checker.model.GluedRun;
import org.nianbao.checker.model.Numbers;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.TableCell;

/**
 * An identity between cells of one table, evaluated for one column ("NEW + CARRIED_IN = OUTCOME_TOTAL +
 * CARRIED_OUT" over rows) or one row ("NATURAL + … + OTHER = TOTAL" over columns). The rules declare the
 * identities (arithmetic.drl inserts one SumCheck per column or row) and decide what a failure means; this class
 * only adds up. Blank cells count as 0.
 *
 * <p>Cells whose digits were glued together and could be read more than one way ({@link GluedRun}) are added up
 * in every reading: the identity holds when it holds in all of them, fails when it fails in all of them, and is
 * not assessable otherwise. A failure is never reported on a reading the checker was not sure of.
 */
public final class SumCheck {

    /** More combinations of readings than this and the identity is not assessed. */
    private static final int MAX_COMBINATIONS = 10_000;

    private final ReportTable table;
    private final String name;
    private final String fixedKey;
    private final boolean fixedIsColumn;
    private final List<TableCell> left = new ArrayList<>();
    private final List<TableCell> right = new ArrayList<>();
    private boolean assessable = true;
    private double leftSum;
    private double rightSum;
    /** The sums each side can take over the readings of its glued cells; one value each when none is uncertain. */
    private Set<Double> leftSums;
    private Set<Double> rightSums;
    private Set<Double> differences;
    private final List<TableCell> blanks = new ArrayList<>();

    private SumCheck(String name, ReportTable table, String identity, String fixedKey, boolean fixedIsColumn) {
        this.name = name;
        this.table = table;
        this.fixedKey = fixedKey;
        this.fixedIsColumn = fixedIsColumn;
        String[] sides = identity.split("=");
        if (sides.length != 2) throw new IllegalArgumentException("identity needs one '=': " + identity);
        collect(sides[0], left);
        collect(sides[1], right);
        for (TableCell c : cells()) if (c.blank()) blanks.add(c);
        if (assessable) addUp();
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
            // a value that is not finite is never added (the parser makes such cells malformed; see parse.CellValue)
            boolean infinite = c != null && c.valueForSum() != null && !Double.isFinite(c.valueForSum());
            if (c == null || (c.valueForSum() == null && !hasReadings(c)) || infinite) {
                assessable = false;
            } else {
                into.add(c);
            }
        }
    }

    private static boolean hasReadings(TableCell c) {
        return c.reading() == TableCell.Reading.UNCERTAIN && c.run() != null && !c.run().readings().isEmpty();
    }

    /** Both sides' sums and their difference, over every reading of the uncertain cells. */
    private void addUp() {
        leftSums = sums(left, List.of());
        rightSums = sums(right, List.of());
        List<TableCell> all = cells();
        Set<Double> diff = sums(left, right);
        if (leftSums == null || rightSums == null || diff == null) {
            assessable = false;
            return;
        }
        differences = diff;
        leftSum = leftSums.iterator().next();
        rightSum = rightSums.iterator().next();
        boolean uncertain = all.stream().anyMatch(SumCheck::hasReadings);
        // some readings hold and others fail: the cells' values decide, and they are not known
        if (uncertain && differences.size() > 1 && differences.stream().anyMatch(SumCheck::zero)) assessable = false;
        // a blank that could explain a failure is not judged on readings the checker was not sure of
        if (uncertain && !blanks.isEmpty() && !isHolds()) assessable = false;
    }

    /**
     * The values {@code plus} minus {@code minus} add up to over every reading; cells of one glued run take their
     * values together, from the same reading. Null when there are too many.
     */
    private static Set<Double> sums(List<TableCell> plus, List<TableCell> minus) {
        double fixed = 0;
        Map<GluedRun, List<TableCell>> byRun = new IdentityHashMap<>();
        Map<GluedRun, List<Integer>> signs = new IdentityHashMap<>();
        for (int side = 0; side < 2; side++) {
            int sign = side == 0 ? 1 : -1;
            for (TableCell c : side == 0 ? plus : minus) {
                if (hasReadings(c)) {
                    byRun.computeIfAbsent(c.run(), r -> new ArrayList<>()).add(c);
                    signs.computeIfAbsent(c.run(), r -> new ArrayList<>()).add(sign);
                } else {
                    fixed += sign * c.valueForSum();
                }
            }
        }
        Set<Double> sums = new TreeSet<>(List.of(fixed));
        for (Map.Entry<GluedRun, List<TableCell>> e : byRun.entrySet()) {
            List<String> keys = e.getValue().stream().map(TableCell::key).toList();
            List<Integer> sign = signs.get(e.getKey());
            Set<Double> contributions = new LinkedHashSet<>();
            for (double[] tuple : e.getKey().project(keys)) {
                double s = 0;
                for (int i = 0; i < tuple.length; i++) s += sign.get(i) * tuple[i];
                contributions.add(s);
            }
            Set<Double> next = new TreeSet<>();
            for (double a : sums) for (double b : contributions) next.add(a + b);
            if (next.size() > MAX_COMBINATIONS) return null;
            sums = next;
        }
        return sums;
    }

    private static boolean zero(double d) {
        return Math.abs(d) < 1e-6;
    }

    /** Every cell the identity needs was read (blank is read; unreadable is not), and every reading agrees. */
    public boolean isAssessable() {
        return assessable;
    }

    public boolean isHolds() {
        return differences == null ? zero(leftSum - rightSum) : differences.stream().allMatch(SumCheck::zero);
    }

    /** Some cell was read from a glued run (split or in several readings): findings say so. */
    public boolean isFromGluedDigits() {
        return cells().stream().anyMatch(c -> c.run() != null && c.reading() != TableCell.Reading.AS_WRITTEN);
    }

    /** Some cell was recognised from a scan by OCR: a failure may be a misread digit, not a defect. */
    public boolean isFromScan() {
        return cells().stream().anyMatch(TableCell::recognised);
    }

    /** For evidence: the recognised cells of this identity with the engine's confidence, or an empty string. */
    public String scanNote() {
        List<String> cells = new ArrayList<>();
        for (TableCell c : cells()) {
            if (c.recognised()) cells.add((fixedIsColumn ? c.rowLabel() : c.columnLabel()) + " " + Numbers.format(c.value())
                    + "（可信度 " + Math.round(c.confidence()) + "%）");
        }
        return cells.isEmpty() ? "" : "（扫描件识别：" + String.join("，", cells) + "）";
    }

    public List<TableCell> getBlanks() {
        return List.copyOf(blanks);
    }

    /**
     * Exactly one blank cell, and giving it a non-negative value would make the identity hold: the blank
     * explains the difference, so the blank is what gets reported, with that value.
     */
    public boolean isExplainedByBlank() {
        return !isHolds() && blanks.size() == 1 && differences != null && differences.size() == 1 && getImpliedValue() >= 0;
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

    /** The left side's sum as a finding shows it: "3", or "3、13 或 103" over the readings of glued cells. */
    public String leftText() {
        return oneOf(leftSums, leftSum);
    }

    public String rightText() {
        return oneOf(rightSums, rightSum);
    }

    private static String oneOf(Set<Double> values, double single) {
        if (values == null || values.size() <= 1) return Numbers.format(single);
        List<String> shown = values.stream().map(Numbers::format).toList();
        return String.join("、", shown.subList(0, shown.size() - 1)) + " 或 " + shown.get(shown.size() - 1);
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
            sb.append(label).append(' ').append(shown(c));
        }
        boolean uncertain = side.stream().anyMatch(SumCheck::hasReadings);
        return sb + " = " + (!uncertain ? Numbers.format(total) : side.equals(left) ? leftText() : rightText());
    }

    private static String shown(TableCell c) {
        if (c.blank()) return "(空白)";
        if (hasReadings(c)) return "(" + oneOf(new LinkedHashSet<>(c.run().valuesOf(c.key())), 0) + ")";
        return Numbers.format(c.value());
    }

    /**
     * For evidence: how the glued cells of this identity were read ("表三 (七)总计 行数字连写为「191000019」…"), or
     * an empty string when every cell stood on its own.
     */
    public String gluedNote() {
        Set<String> split = new LinkedHashSet<>();
        Map<GluedRun, Boolean> uncertain = new LinkedHashMap<>();
        for (TableCell c : cells()) {
            if (c.run() == null || c.reading() == TableCell.Reading.AS_WRITTEN) continue;
            if (c.reading() == TableCell.Reading.SPLIT) split.add("「" + c.run().raw() + "」");
            else uncertain.putIfAbsent(c.run(), true);
        }
        List<String> notes = new ArrayList<>();
        if (!split.isEmpty()) notes.add("原文中这些行的数字连写在一起（" + String.join("", split) + "），每行只有一种拆分能使该行合计成立，按此读取");
        for (GluedRun run : uncertain.keySet()) {
            notes.add("「" + run.raw() + "」有 " + run.readings().size() + " 种拆分，本项在每一种拆分下结论相同");
        }
        return notes.isEmpty() ? "" : "（" + String.join("；", notes) + "）";
    }

}
