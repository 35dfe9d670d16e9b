package org.nianbao.checker.model;

/**
 * One problem found in one report, as written to the workbook and the JSON. Inserted by rules only.
 *
 * @param severity ERROR, WARN or INFO
 * @param section  the section concerned ("三、收到和处理政府信息公开申请情况"), or null
 * @param table    "表二", "表三", "表四" or null
 * @param cell     row and column label, or null
 * @param hint     what the agency should do (整改建议)
 * @param cellRefs every table cell the finding is about, as "T3|NEW|NATURAL" (table|row|column), so a
 *                 workbook can highlight them; empty when it is not about cells
 * @param gap      the finding is about what the checker could not assess (TABLE_UNREADABLE), not a defect of the
 *                 report: it is listed under 未能评估 for the officer, and not among the agency's problems
 */
public record Finding(String rule, String severity, String section, String table, String cell,
                      String message, String messageEn, String expected, String actual, String evidence,
                      Location location, String basis, String hint, java.util.List<String> cellRefs, boolean gap) {

    public Finding {
        cellRefs = cellRefs == null ? java.util.List.of() : java.util.List.copyOf(cellRefs);
    }

    public Finding(String rule, String severity, String section, String table, String cell,
                   String message, String messageEn, String expected, String actual, String evidence,
                   Location location, String basis, String hint, java.util.List<String> cellRefs) {
        this(rule, severity, section, table, cell, message, messageEn, expected, actual, evidence, location, basis, hint,
                cellRefs, false);
    }

    public Finding withSeverity(String newSeverity) {
        return new Finding(rule, newSeverity, section, table, cell, message, messageEn, expected, actual, evidence,
                location, basis, hint, cellRefs, gap);
    }

    /** "T3|NEW|NATURAL" for a cell, the form used in {@link #cellRefs()}. */
    public static String cellRef(TableCell c) {
        return c.table() + "|" + c.row() + "|" + c.column();
    }

    public int severityRank() {
        return switch (severity) {
            case "ERROR" -> 0;
            case "WARN" -> 1;
            default -> 2;
        };
    }
}
