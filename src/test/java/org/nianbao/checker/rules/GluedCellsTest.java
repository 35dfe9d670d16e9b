package org.nianbao.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.TableCell;

/**
 * Table 三 as a crawler stores a page's text: on one line, every row's numbers glued into one run of digits. A
 * run that only one split can read (keeping its row's 总计) is read that way and findings on it say so; a run with
 * several readings gives a verdict only where all readings agree; a run no split can read is not assessed.
 */
class GluedCellsTest {

    /** The compact table 三 of {@link ArithmeticRulesTest}, glued: no line breaks, no cell borders. */
    static String glued(String newRow, String outcomeTotal, String carriedOut, String granted) {
        return ArithmeticRulesTest.table3(newRow, outcomeTotal, carriedOut, granted).replace("\t", "").replace("\n", "");
    }

    @Test
    void aRunOnlyOneSplitCanReadIsReadThatWayAndItsFindingSaysSo() throws Exception {
        CheckedReport r = Rules.check(glued("29\t1\t0\t0\t0\t0\t30", "29\t1\t0\t0\t0\t0\t30", "1\t0\t0\t0\t0\t0\t1",
                "29\t1\t0\t0\t0\t0\t30"));
        ReportTable t3 = r.parsed().table("T3");
        assertThat(t3.unreadable()).isEmpty();
        TableCell natural = t3.cell("NEW", "NATURAL");
        assertThat(natural.value()).isEqualTo(29.0);
        assertThat(t3.cell("NEW", "BUSINESS").value()).isEqualTo(1.0);
        assertThat(natural.reading()).isEqualTo(TableCell.Reading.SPLIT);
        assertThat(natural.raw()).isEqualTo("291000030");
        // 29 + 0 new and carried in against 29 handled + 1 carried over
        List<Finding> balance = Rules.findings(r, "T3_BALANCE");
        assertThat(balance).extracting(Finding::cell).containsExactly("列：自然人", "列：总计");
        assertThat(balance.get(0).expected()).isEqualTo("29");
        assertThat(balance.get(0).actual()).isEqualTo("30");
        assertThat(balance.get(0).evidence()).contains("连写在一起").contains("「291000030」").contains("只有一种拆分");
    }

    @Test
    void severalReadingsGiveAVerdictOnlyWhereEveryReadingAgrees() throws Exception {
        // (七)总计 21301120101165 reads 2|1|30|11|20|101|165, 21|30|1|12|0|101|165 or 21|30|11|2|0|101|165
        CheckedReport r = Rules.check(glued("5\t0\t1\t0\t0\t0\t6", "21301120101165", "0\t0\t0\t0\t0\t0\t0", "5\t0\t1\t0\t0\t0\t6"));
        ReportTable t3 = r.parsed().table("T3");
        assertThat(t3.cell("OUTCOME_TOTAL", "NATURAL").reading()).isEqualTo(TableCell.Reading.UNCERTAIN);
        assertThat(t3.cell("OUTCOME_TOTAL", "NATURAL").run().valuesOf("OUTCOME_TOTAL|NATURAL")).containsExactly(2.0, 21.0);
        // outcomes add up to 5 | 0 | 1 | 0 | 0 | 0 | 6: no reading of (七)总计 has 5 in 自然人 (2 or 21), 0 in 商业企业
        // (1 or 30), 0 in 社会公益组织 (11, 12 or 2), 0 in 其他 (101) or 6 in 总计 (165); in 科研机构 (30, 1 or 11) and
        // 法律服务机构 (20 or 0) one reading agrees, so nothing is said there
        List<Finding> outcome = Rules.findings(r, "T3_OUTCOME_TOTAL");
        assertThat(outcome).extracting(Finding::cell)
                .containsExactlyInAnyOrder("列：自然人", "列：商业企业", "列：社会公益组织", "列：其他", "列：总计");
        Finding natural = outcome.stream().filter(f -> f.cell().equals("列：自然人")).findFirst().orElseThrow();
        assertThat(natural.expected()).isEqualTo("5");
        assertThat(natural.actual()).isEqualTo("2 或 21");
        assertThat(natural.evidence()).contains("「21301120101165」有 3 种拆分，本项在每一种拆分下结论相同");
        // the row's own total holds in every reading
        assertThat(Rules.findings(r, "T3_ROW_TOTAL")).isEmpty();
        assertThat(Rules.findings(r, "TABLE_UNREADABLE")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("(七)总计：数字连写为「21301120101165」，有 3 种拆分都说得通"));
    }

    @Test
    void aRunNoSplitCanReadIsNotAssessedNeverAnError() throws Exception {
        // 自然资源与生态环境局 2023: (七)总计 191000019 — no seven cells of it add up to their 总计
        CheckedReport r = Rules.check(glued("19\t0\t0\t0\t0\t0\t19", "191000019", "0\t0\t0\t0\t0\t0\t0", "19\t0\t0\t0\t0\t0\t19"));
        assertThat(r.parsed().table("T3").cell("OUTCOME_TOTAL", "TOTAL").value()).isNull();
        assertThat(r.findings()).extracting(Finding::rule).doesNotContain("T3_ROW_TOTAL", "T3_OUTCOME_TOTAL", "T3_BALANCE",
                "TABLE_INCOMPLETE", "CELL_MALFORMED");
        Finding unreadable = Rules.findings(r, "TABLE_UNREADABLE").get(0);
        assertThat(unreadable.severity()).isEqualTo(Severity.INFO);
        assertThat(unreadable.gap()).isTrue();
        assertThat(unreadable.evidence()).contains("(七)总计：数字连写为「191000019」，拆不出 7 个能使合计成立的数");
        assertThat(r.count(Severity.INFO)).as("not among the agency's problems").isZero();
    }

    @Test
    void cellsSeparatedBySpacesAreReadAsWrittenAndAnItemNumberIsNotData() throws Exception {
        // one line, cells separated: read as written; 2.其他法律… after a row's last number is the next label
        String text = ArithmeticRulesTest.table3("2\t0\t0\t0\t0\t0\t2", "2\t0\t0\t0\t0\t0\t2", "0\t0\t0\t0\t0\t0\t0", "2\t0\t0\t0\t0\t0\t2")
                .replace("\t", " ").replace("\n", "");
        CheckedReport r = Rules.check(text);
        ReportTable t3 = r.parsed().table("T3");
        assertThat(t3.missing()).isEmpty();
        assertThat(t3.unreadable()).isEmpty();
        assertThat(t3.cell("DENIED_1", "TOTAL").value()).isEqualTo(0.0);
        assertThat(t3.cell("NEW", "TOTAL").reading()).isEqualTo(TableCell.Reading.AS_WRITTEN);
        assertThat(r.findings()).filteredOn(f -> "表三".equals(f.table())).isEmpty();
    }
}
