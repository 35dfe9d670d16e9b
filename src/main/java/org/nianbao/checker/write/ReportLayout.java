package org.nianbao.checker.write;

import java.util.Set;

/**
 * How the annual report format prints tables 二, 三 and 四: which block of table 二 a row belongs to, the group
 * rows and indentation of table 三, and the grouped column headers of tables 三 and 四. Labels of rows and
 * columns come from the cells; this class only knows the grouping the cells do not carry.
 */
final class ReportLayout {

    static final String T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final Set<String> LEGAL_PERSONS = Set.of("BUSINESS", "RESEARCH", "NONPROFIT", "LEGAL", "OTHER");

    private ReportLayout() {
    }

    /** The block of table 二 that prints {@code row}: 第二十条第（一）项 for 规章 … */
    static String t2Block(String row) {
        return switch (row) {
            case "RULES", "NORMATIVE" -> "第二十条第（一）项";
            case "LICENSE", "OTHER_SERVICE" -> "第二十条第（五）项";
            case "PENALTY", "COERCION" -> "第二十条第（六）项";
            case "FEES" -> "第二十条第（八）项";
            case "PROCUREMENT" -> "第二十条第（九）项";
            default -> "其他";
        };
    }

    /** The group label printed above {@code row} in table 三 (e.g. （三）不予公开 before 1.属于国家秘密), or null. */
    static String t3GroupBefore(String row) {
        return switch (row) {
            case "GRANTED" -> "三、本年度办理结果";
            case "DENIED_1" -> "（三）不予公开";
            case "UNABLE_1" -> "（四）无法提供";
            case "NOT_HANDLED_1" -> "（五）不予处理";
            case "OTHER_1" -> "（六）其他处理";
            default -> null;
        };
    }

    /** The group a numbered table 三 row belongs to: （三）不予公开 for DENIED_4 …, or null for rows outside a group. */
    static String t3GroupOf(String row) {
        if (row.startsWith("DENIED_")) return "（三）不予公开";
        if (row.startsWith("UNABLE_")) return "（四）无法提供";
        if (row.startsWith("NOT_HANDLED_")) return "（五）不予处理";
        if (row.matches("OTHER_\\d+")) return "（六）其他处理";
        return null;
    }

    /**
     * {@code label} without its group's name in front ("(三)不予公开 1.属于国家秘密" under the group row
     * （三）不予公开 reads "1.属于国家秘密"), comparing brackets and spaces loosely since labels come normalised.
     */
    static String withoutGroup(String label, String group) {
        if (group == null || label == null) return label;
        String g = loose(group);
        int i = 0;
        int matched = 0;
        while (i < label.length() && matched < g.length()) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (loose(String.valueOf(c)).charAt(0) != g.charAt(matched)) return label;
            i++;
            matched++;
        }
        String rest = label.substring(i).strip();
        return matched == g.length() && !rest.isEmpty() ? rest : label;
    }

    private static String loose(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    /** Indentation of a table 三 row label: 0 for 一、二、四, 1 inside 三, 2 for the numbered sub-rows. */
    static int t3Indent(String row) {
        if (row.matches("(DENIED|UNABLE|NOT_HANDLED|OTHER)_\\d+")) return 2;
        return switch (row) {
            case "NEW", "CARRIED_IN", "CARRIED_OUT" -> 0;
            default -> 1;
        };
    }

    /** The header path of a table 三 column: 申请人情况 / 法人或其他组织 / 商业企业, or 申请人情况 / 自然人 spanning down. */
    static String[] t3ColumnPath(String column, String label) {
        if (LEGAL_PERSONS.contains(column)) return new String[]{"申请人情况", "法人或其他组织", label};
        return new String[]{"申请人情况", label, null};
    }

    /**
     * The header path of one of table 四's fifteen columns: 行政复议 (spanning down) / 结果维持, or 行政诉讼 /
     * 未经复议直接起诉 / 结果维持.
     */
    static String[] t4ColumnPath(String row, String rowLabel, String columnLabel) {
        return switch (row) {
            case "REVIEW" -> new String[]{"行政复议", null, columnLabel};
            case "SUIT_DIRECT" -> new String[]{"行政诉讼", withoutPrefix(rowLabel, "行政诉讼", "未经复议直接起诉"), columnLabel};
            case "SUIT_AFTER" -> new String[]{"行政诉讼", withoutPrefix(rowLabel, "行政诉讼", "复议后起诉"), columnLabel};
            default -> new String[]{rowLabel, null, columnLabel};
        };
    }

    /** {@code label} without a leading {@code prefix} and the separators after it; {@code fallback} when null. */
    static String withoutPrefix(String label, String prefix, String fallback) {
        if (label == null || label.isBlank()) return fallback;
        String s = label.strip();
        if (s.startsWith(prefix) && s.length() > prefix.length()) {
            s = s.substring(prefix.length()).replaceFirst("^[\\s/／·、:：-]+", "");
        }
        return s.isEmpty() ? fallback : s;
    }
}
