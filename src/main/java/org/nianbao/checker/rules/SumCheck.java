package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Both sides' cells, left first; fixed once the identity is read. */
    private final List<TableCell> all;
    private final boolean fromScan;
    private final boolean holds;
    private final boolean explainedByBlank;

    /**
     * Identities as written in the rules, read once: each side's keys and, per column or row checked, the cells'
     * full "ROW|COLUMN" keys (a rule declares a few identities; every report checks them over the same keys).
     * Bounded, since rule authors could build identity strings per report.
     */
    private static final Map<String, Identity> IDENTITIES = new ConcurrentHashMap<>();
    private static final int MAX_IDENTITIES = 1_000;

    private record Identity(String[] left, String[] right, Map<String, String[][]> keysByColumn, Map<String, String[][]> keysByRow) {
        static Identity of(String identity) {
            Identity known = IDENTITIES.get(identity);
            if (known != null) return known;
            String[] sides = identity.split("=");
            if (sides.length != 2) throw new IllegalArgumentException("identity needs one '=': " + identity);
            Identity read = new Identity(keys(sides[0]), keys(sides[1]), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            if (IDENTITIES.size() < MAX_IDENTITIES) IDENTITIES.putIfAbsent(identity, read);
            return read;
        }

        private static String[] keys(String side) {
            List<String> keys = new ArrayList<>();
            for (String key : side.split("\\+")) {
                String k = key.strip();
                if (!k.isEmpty()) keys.add(k);
            }
            return keys.toArray(String[]::new);
        }

        /** The full cell keys of both sides for one column (over rows) or one row (over columns). */
        String[][] cellKeys(String fixedKey, boolean fixedIsColumn) {
            Map<String, String[][]> byFixed = fixedIsColumn ? keysByColumn : keysByRow;
            String[][] known = byFixed.get(fixedKey);
            if (known != null) return known;
            String[][] keys = {full(left, fixedKey, fixedIsColumn), full(right, fixedKey, fixedIsColumn)};
            if (byFixed.size() < MAX_IDENTITIES) byFixed.putIfAbsent(fixedKey, keys);
            return keys;
        }

        private static String[] full(String[] side, String fixedKey, boolean fixedIsColumn) {
            String[] out = new String[side.length];
            for (int i = 0; i < side.length; i++) {
                out[i] = fixedIsColumn ? ReportTable.cellKey(side[i], fixedKey) : ReportTable.cellKey(fixedKey, side[i]);
            }
            return out;
        }
    }

    private SumCheck(String name, ReportTable table, String identity, String fixedKey, boolean fixedIsColumn) {
        this.name = name;
        this.table = table;
        this.fixedKey = fixedKey;
        this.fixedIsColumn = fixedIsColumn;
        String[][] keys = Identity.of(identity).cellKeys(fixedKey, fixedIsColumn);
        collect(keys[0], left);
        collect(keys[1], right);
        List<TableCell> both = new ArrayList<>(left.size() + right.size());
        both.addAll(left);
        both.addAll(right);
        all = Collections.unmodifiableList(both);
        boolean scan = false;
        for (TableCell c : all) {
            if (c.blank()) blanks.add(c);
            scan |= c.recognised();
        }
        fromScan = scan;
        if (assessable) addUp();
        // the rules ask each of these several times per identity: settled once, as nothing changes after this
        holds = differences == null ? zero(leftSum - rightSum) : differences.stream().allMatch(SumCheck::zero);
        explainedByBlank = !holds && blanks.size() == 1 && differences != null && differences.size() == 1
                && getImpliedValue() >= 0;
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

    private void collect(String[] cellKeys, List<TableCell> into) {
        for (String key : cellKeys) {
            TableCell c = table.cells().get(key);
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
        boolean uncertain = false;
        for (TableCell c : all) uncertain |= hasReadings(c);
        if (!uncertain) {
            // every cell has one value (most reports): two plain sums
            leftSum = plainSum(left);
            rightSum = plainSum(right);
            leftSums = Set.of(leftSum);
            rightSums = Set.of(rightSum);
            differences = Set.of(leftSum - rightSum);
            return;
        }
        leftSums = sums(left, List.of());
        rightSums = sums(right, List.of());
        Set<Double> diff = sums(left, right);
        if (leftSums == null || rightSums == null || diff == null) {
            assessable = false;
            return;
        }
        differences = diff;
        leftSum = leftSums.iterator().next();
        rightSum = rightSums.iterator().next();
        // some readings hold and others fail: the cells' values decide, and they are not known
        if (differences.size() > 1 && differences.stream().anyMatch(SumCheck::zero)) assessable = false;
        // a blank that could explain a failure is not judged on readings the checker was not sure of
        if (!blanks.isEmpty() && !differences.stream().allMatch(SumCheck::zero)) assessable = false;
    }

    private static double plainSum(List<TableCell> side) {
        double sum = 0;
        for (TableCell c : side) sum += c.valueForSum();
        return sum;
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
        return holds;
    }

    /** Some cell was read from a glued run (split or in several readings): findings say so. */
    public boolean isFromGluedDigits() {
        return cells().stream().anyMatch(c -> c.run() != null && c.reading() != TableCell.Reading.AS_WRITTEN);
    }

    /** Some cell was recognised from a scan by OCR: a failure may be a misread digit, not a defect. */
    public boolean isFromScan() {
        return fromScan;
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
        return explainedByBlank;
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
        return all;
    }

    public ReportTable getTable() {
        return table;
    }

    /** Column label when checking a column, row label when checking a row. */
    public String getFixedLabel() {
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
