package org.nianbao.checker.model;

import java.util.List;

/**
 * One problem found in one report, as written to the workbook and the JSON. Inserted by rules only.
 *
 * @param severity as the rule declares it, or as settings.yaml overrides it
 * @param section  the section concerned ("三、收到和处理政府信息公开申请情况"), or null
 * @param table    "表二", "表三", "表四" or null
 * @param cell     row and column label, or null
 * @param hint     what the agency should do (整改建议)
 * @param cellRefs every table cell the finding is about, so a workbook can highlight them; empty when it is not
 *                 about cells
 * @param gap      the finding is about what the checker could not assess (TABLE_UNREADABLE), not a defect of the
 *                 report: it is listed under 未能评估 for the officer, and not among the agency's problems
 */
public record Finding(String rule, Severity severity, String section, String table, String cell,
                      String message, String messageEn, String expected, String actual, String evidence,
                      Location location, String basis, String hint, List<CellRef> cellRefs, boolean gap) {

    public Finding {
        cellRefs = cellRefs == null ? List.of() : List.copyOf(cellRefs);
    }

    public Finding(String rule, Severity severity, String section, String table, String cell,
                   String message, String messageEn, String expected, String actual, String evidence,
                   Location location, String basis, String hint, List<CellRef> cellRefs) {
        this(rule, severity, section, table, cell, message, messageEn, expected, actual, evidence, location, basis, hint,
                cellRefs, false);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, section, table, cell, message, messageEn, expected, actual, evidence,
                location, basis, hint, cellRefs, gap);
    }
}
