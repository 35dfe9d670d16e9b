package org.nianbao.checker.rules.ruletest;

import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * One line of a case's {@code expect:} or {@code absent:} list: which findings it means. Only the rule ID is
 * required; every other field narrows it. Cells and tables are compared the way an officer would write them:
 * spaces, full-width and half-width brackets and colons do not matter, and the 「列：」/「行：」 prefix of a sum
 * check's cell may be left out.
 *
 * @param rule     the rule ID, e.g. T3_BALANCE; null in an {@code absent:} line that only names a severity
 * @param cell     the cell as the workbook shows it (列：自然人, 行政复议 / 结果维持), or null
 * @param table    表二, 表三 or 表四 (also 二, T3 …), or null
 * @param section  the section concerned: its numeral (四 or 4) or words of its title, or null
 * @param severity the severity after settings.yaml overrides, or null
 * @param message  text the finding's Chinese message must contain, or null
 * @param line     where the line is in the test file
 */
public record FindingPattern(String rule, String cell, String table, String section, Severity severity, String message,
                             int line) {

    public boolean matches(Finding f) {
        if (rule != null && !rule.equals(f.rule())) return false;
        if (severity != null && severity != f.severity()) return false;
        if (table != null && !tableName(table).equals(tableName(f.table() == null ? "" : f.table()))) return false;
        if (section != null && !sectionMatches(f.section())) return false;
        if (message != null && (f.message() == null || !compact(f.message()).contains(compact(message)))) return false;
        return cell == null || cellMatches(f);
    }

    private boolean cellMatches(Finding f) {
        if (f.cell() == null) return false;
        String want = withoutPrefix(compact(cell));
        if (withoutPrefix(compact(f.cell())).equals(want)) return true;
        // a finding about many cells (CELL_BLANK for a whole row) lists each as "行 / 列：「…」" in its evidence
        if (f.cellRefs().size() < 2 || f.evidence() == null) return false;
        for (String listed : f.evidence().split("；")) {
            int end = listed.indexOf("：「");
            if (end > 0 && compact(listed.substring(0, end)).equals(want)) return true;
        }
        return false;
    }

    /** "四" or "4" means the heading that starts with 四、; other text must occur in the heading. */
    private boolean sectionMatches(String heading) {
        if (heading == null) return false;
        String want = compact(section);
        int digit = "123456".indexOf(want);
        if (want.length() == 1 && digit >= 0) want = String.valueOf("一二三四五六".charAt(digit));
        String have = compact(heading);
        return want.length() == 1 && "一二三四五六".contains(want) ? have.startsWith(want + "、") : have.contains(want);
    }

    /** "T3_BALANCE，单元格「列：总计」，严重程度 ERROR" */
    public String describe() {
        StringBuilder sb = new StringBuilder(rule == null ? "任何规则 / any rule" : rule);
        if (table != null) sb.append("，表格「").append(table).append("」");
        if (section != null) sb.append("，部分「").append(section).append("」");
        if (cell != null) sb.append("，单元格「").append(cell).append("」");
        if (severity != null) sb.append("，严重程度 ").append(severity);
        if (message != null) sb.append("，说明含「").append(message).append("」");
        return sb.toString();
    }

    static String compact(String s) {
        return s == null ? "" : TextNormalizer.compact(TextNormalizer.normalize(s, false));
    }

    private static String withoutPrefix(String compactCell) {
        return compactCell.startsWith("列:") || compactCell.startsWith("行:") ? compactCell.substring(2) : compactCell;
    }

    /** 表三 for "表三", "三", "T3", "t3". */
    static String tableName(String t) {
        String s = compact(t).toUpperCase();
        return switch (s) {
            case "T2", "二", "表二", "表2" -> "表二";
            case "T3", "三", "表三", "表3" -> "表三";
            case "T4", "四", "表四", "表4" -> "表四";
            default -> s;
        };
    }
}
