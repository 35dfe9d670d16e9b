package org.nianbao.checker.rules.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Severity;

/** How a line of expect/absent is matched: the way officers write cells, tables and sections. */
class FindingPatternTest {

    static Finding finding(String rule, String severity, String section, String table, String cell) {
        return new Finding(rule, Severity.valueOf(severity), section, table, cell, "说明", "message", null, null, null, Location.NONE,
                "依据", "建议", List.of());
    }

    static FindingPattern pattern(String rule, String cell, String table, String section, String severity) {
        return new FindingPattern(rule, cell, table, section, severity == null ? null : Severity.valueOf(severity), null, 1);
    }

    @Test
    void cellsMatchWhateverTheBracketsAndSpacesAndWithoutTheColumnPrefix() {
        Finding sum = finding("T3_BALANCE", "ERROR", null, "表三", "列：自然人");
        assertThat(pattern("T3_BALANCE", "列：自然人", null, null, null).matches(sum)).isTrue();
        assertThat(pattern("T3_BALANCE", "列:自然人", null, null, null).matches(sum)).isTrue();
        assertThat(pattern("T3_BALANCE", "自然人", null, null, null).matches(sum)).isTrue();
        assertThat(pattern("T3_BALANCE", "总计", null, null, null).matches(sum)).isFalse();
        Finding cell = finding("CELL_MALFORMED", "WARN", null, "表三", "(三)不予公开 1.属于国家秘密 / 科研机构");
        assertThat(pattern("CELL_MALFORMED", "（三）不予公开 1.属于国家秘密/科研机构", null, null, null).matches(cell)).isTrue();
    }

    @Test
    void tablesAndSectionsMayBeWrittenShort() {
        Finding f = finding("SECTION_MISSING", "ERROR", "四、政府信息公开行政复议、行政诉讼情况", "表四", null);
        assertThat(pattern("SECTION_MISSING", null, "T4", null, null).matches(f)).isTrue();
        assertThat(pattern("SECTION_MISSING", null, "四", null, null).matches(f)).isTrue();
        assertThat(pattern("SECTION_MISSING", null, null, "四", null).matches(f)).isTrue();
        assertThat(pattern("SECTION_MISSING", null, null, "4", null).matches(f)).isTrue();
        assertThat(pattern("SECTION_MISSING", null, null, "行政复议", null).matches(f)).isTrue();
        assertThat(pattern("SECTION_MISSING", null, null, "三", null).matches(f)).isFalse();
        assertThat(pattern("SECTION_MISSING", null, null, null, "WARN").matches(f)).isFalse();
    }

    @Test
    void aSeverityAloneMeansAnyRule() {
        assertThat(pattern(null, null, null, null, "ERROR").matches(finding("T4_TOTAL", "ERROR", null, "表四", "行：行政复议"))).isTrue();
        assertThat(pattern(null, null, null, null, "ERROR").matches(finding("DATE_MISSING", "WARN", null, null, null))).isFalse();
    }
}
