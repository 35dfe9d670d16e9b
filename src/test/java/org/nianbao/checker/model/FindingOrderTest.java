package org.nianbao.checker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one order findings are listed in: severity, page, line, the cell's place in its table, rule. */
class FindingOrderTest {

    static final ParsedReport REPORT = new ParsedReport(Report.unreadable("in/a.pdf", "a.pdf", SourceFormat.PDF, 6), List.of(),
            List.of(ReportTable.notFound("T2"), ReportTable.notFound("T3"),
                    new ReportTable("T4", true, "2021", Location.NONE, List.of("REVIEW", "SUIT_DIRECT", "SUIT_AFTER"),
                            List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"), Map.of(), List.of())),
            List.of(), List.of(), List.of());

    static Finding finding(String rule, Severity severity, Location at, CellRef... cells) {
        return new Finding(rule, severity, null, cells.length == 0 ? null : "表四", null, rule, rule, null, null, null, at,
                null, null, List.of(cells));
    }

    @Test
    void severityThenPageAndLineWithTheUnplacedLastThenCellsAsTheTablePrintsThem() {
        Finding noPlace = finding("DATE_MISSING", Severity.WARN, Location.NONE);
        Finding page3 = finding("TEMPLATE_OUTDATED", Severity.WARN, new Location(3, 57));
        Finding error = finding("T4_TOTAL", Severity.ERROR, new Location(4, 84), new CellRef("T4", "SUIT_AFTER", "TOTAL"));
        Location line = new Location(4, 80);
        // one line of table 四 with three blank cells: left to right as printed, whatever their rule IDs say
        Finding total = finding("A_RULE", Severity.WARN, line, new CellRef("T4", "REVIEW", "TOTAL"));
        Finding upheld = finding("CELL_BLANK", Severity.WARN, line, new CellRef("T4", "REVIEW", "UPHELD"));
        Finding other = finding("B_RULE", Severity.WARN, line, new CellRef("T4", "REVIEW", "OTHER"));
        Finding info = finding("TEXT_DAMAGED", Severity.INFO, new Location(1, 1));

        List<Finding> findings = new ArrayList<>(List.of(info, noPlace, total, other, page3, upheld, error));
        findings.sort(FindingOrder.of(REPORT));

        assertThat(findings).containsExactly(error, page3, upheld, other, total, noPlace, info);
    }

    @Test
    void tiesOfOneRuleReadInTheDocumentsOrderOfSectionsAndTablesWhateverOrderTheRulesFiredIn() {
        List<Finding> findings = new ArrayList<>();
        for (int k : new int[] {6, 2, 3}) {
            findings.add(new Finding("SECTION_MISSING", Severity.ERROR, Section.canonicalHeading(k), null, null, "缺少",
                    "missing", null, null, null, Location.NONE, null, null, List.of()));
        }
        for (String t : new String[] {"表四", "表二", "表三"}) {
            findings.add(new Finding("TABLE_MISSING", Severity.ERROR, null, t, null, "找不到" + t, "missing", null, null,
                    null, Location.NONE, null, null, List.of()));
        }
        findings.sort(FindingOrder.of(REPORT));
        assertThat(findings).extracting(f -> f.section() != null ? f.section().substring(0, 1) : f.table())
                .containsExactly("二", "三", "六", "表二", "表三", "表四");
    }

    @Test
    void withoutTheReportCellsDoNotCountAndRuleIdsDecide() {
        Location line = new Location(4, 80);
        Finding total = finding("A_RULE", Severity.WARN, line, new CellRef("T4", "REVIEW", "TOTAL"));
        Finding upheld = finding("CELL_BLANK", Severity.WARN, line, new CellRef("T4", "REVIEW", "UPHELD"));
        List<Finding> findings = new ArrayList<>(List.of(upheld, total));
        findings.sort(FindingOrder.of(null));
        assertThat(findings).containsExactly(total, upheld);
    }
}
