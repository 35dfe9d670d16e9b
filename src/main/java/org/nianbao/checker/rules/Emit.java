package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Numbers;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.TableCell;

/**
 * Builds a {@link Finding} from inside a rule's action. The rule's metadata supplies the ID, severity, legal
 * basis, fix hint and the Chinese and English message templates; the action supplies the evidence:
 *
 * <pre>
 * then
 *     insert(Emit.finding(drools).check($sum).build());
 * </pre>
 *
 * Placeholders such as {column}, {expected} or {actual} in the templates are filled from what the action gave.
 */
public final class Emit {

    private final Map<String, Object> meta;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<CellRef> cellRefs = new ArrayList<>();
    private String table;
    private String cell;
    private String section;
    private String expected;
    private String actual;
    private String evidence;
    private Location location = Location.NONE;

    private Emit(Map<String, Object> meta) {
        this.meta = meta;
    }

    public static Emit finding(RuleContext drools) {
        return new Emit(drools.getRule().getMetaData());
    }

    /** For tests and tools: a builder from metadata alone. */
    public static Emit withMetadata(Map<String, Object> meta) {
        return new Emit(meta);
    }

    public Emit cell(TableCell c) {
        table(c.table());
        cell = c.cellLabel();
        cellRefs.add(CellRef.of(c));
        at(c.location());
        with("row", c.rowLabel());
        with("column", c.columnLabel());
        with("raw", c.raw().isEmpty() ? "(空白)" : c.raw());
        with("value", c.value() == null ? "" : Numbers.format(c.value()));
        if (evidence == null) evidence = c.describe() + "：「" + (c.raw().isEmpty() ? "(空白)" : c.raw()) + "」";
        return this;
    }

    /**
     * Many cells with one problem, as one finding: every cell is highlighted, the evidence names the block
     * ({@link CellGroups}), and {count} is how many.
     */
    public Emit cells(ReportTable t, List<TableCell> cells) {
        if (cells.isEmpty()) return this;
        // in the table's own order, row by row, as the agency reads its table
        List<TableCell> group = new ArrayList<>(cells);
        group.sort(Comparator.<TableCell>comparingInt(c -> t.rows().indexOf(c.row()))
                .thenComparingInt(c -> t.columns().indexOf(c.column())));
        TableCell first = group.get(0);
        table(first.table());
        for (TableCell c : group) cellRefs.add(CellRef.of(c));
        at(first.location());
        CellGroups blocks = CellGroups.of(group);
        cell = blocks.summary();
        with("count", group.size());
        with("cells", blocks.summary());
        if (evidence == null) evidence = blocks.detail();
        return this;
    }

    /** An identity that does not hold: expected is its left side, actual its right side. */
    public Emit check(SumCheck s) {
        table(s.getTable().table());
        String label = s.getFixedLabel();
        cell = (s.isColumnCheck() ? "列：" : "行：") + label;
        for (TableCell c : s.cells()) cellRefs.add(CellRef.of(c));
        if (!s.cells().isEmpty()) at(s.cells().get(0).location());
        expected = s.leftText();
        actual = s.rightText();
        with(s.isColumnCheck() ? "column" : "row", label);
        with("label", label);
        with("left", s.describe(s.getLeft(), s.getLeftSum()));
        with("right", s.describe(s.getRight(), s.getRightSum()));
        evidence = s.describe(s.getLeft(), s.getLeftSum()) + "；" + s.describe(s.getRight(), s.getRightSum()) + s.gluedNote()
                + s.scanNote();
        return this;
    }

    public Emit table(ReportTable t) {
        table(t.table());
        if (t.location() != null && t.location() != Location.NONE) at(t.location());
        return this;
    }

    private void table(String key) {
        table = ReportTable.tableName(key);
        with("table", table);
        with("tableTitle", ReportTable.tableTitle(key));
        if (section == null) {
            int kind = switch (key) { case "T2" -> 2; case "T3" -> 3; case "T4" -> 4; default -> 0; };
            if (kind > 0) section = Section.canonicalHeading(kind);
        }
    }

    public Emit section(Section s) {
        section = s.title();
        at(s.location());
        return this;
    }

    public Emit section(int kind) {
        section = Section.canonicalHeading(kind);
        with("section", section);
        return this;
    }

    public Emit expected(Object v) {
        expected = v == null ? null : v instanceof Double d ? Numbers.format(d) : String.valueOf(v);
        return this;
    }

    public Emit actual(Object v) {
        actual = v == null ? null : v instanceof Double d ? Numbers.format(d) : String.valueOf(v);
        return this;
    }

    public Emit evidence(String text) {
        evidence = text;
        return this;
    }

    public Emit at(Location l) {
        if (l != null) location = l;
        return this;
    }

    public Emit with(String key, Object value) {
        params.put(key, value == null ? "" : value instanceof Double d ? Numbers.format(d) : String.valueOf(value));
        return this;
    }

    public Finding build() {
        params.putIfAbsent("expected", expected == null ? "" : expected);
        params.putIfAbsent("actual", actual == null ? "" : actual);
        params.putIfAbsent("evidence", evidence == null ? "" : evidence);
        params.putIfAbsent("cell", cell == null ? "" : cell);
        return new Finding(meta("id"), Severity.valueOf(meta("severity")), section, table, cell,
                fill(meta("message")), fill(meta("messageEn")), expected, actual, evidence, location,
                meta("basis"), fill(meta("hint")), cellRefs, meta.containsKey("gap"));
    }

    private String meta(String key) {
        return RuleBase.metadata(meta, key);
    }

    /** The template with each {name} that has a value replaced by it; other braces stay as written. */
    private String fill(String template) {
        if (template == null) return null;
        StringBuilder sb = null;
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < template.length() && isWordChar(template.charAt(close))) close++;
            if (close == open + 1 || close >= template.length() || template.charAt(close) != '}') continue;
            String v = params.get(template.substring(open + 1, close));
            if (v == null) continue;
            if (sb == null) sb = new StringBuilder(template.length() + 32);
            sb.append(template, from, open).append(v);
            from = close + 1;
            open = close;
        }
        if (sb == null) return template;
        return sb.append(template, from, template.length()).toString();
    }

    /** What {@code \w} matches: a placeholder's name is letters, digits and underscores. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
