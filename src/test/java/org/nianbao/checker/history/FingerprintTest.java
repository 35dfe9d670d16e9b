package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.SourceFormat;

class FingerprintTest {

    static Report report(String file, String agency, Integer year) {
        return new Report("in/" + file, file, SourceFormat.TXT, true, true, agency, "标题", AgencyKind.UNKNOWN, year, "标题",
                "2021", null, null, null, null, null, null, null, null, null, false);
    }

    static Finding finding(String rule, String table, String cell, String section, Location at, List<String> refs) {
        return new Finding(rule, Severity.ERROR, section, table, cell, "说明 " + at, "msg", "1", "2", "原文 " + at, at, "依据", "建议",
                refs.stream().map(CellRef::parse).toList());
    }

    @Test
    void lineNumbersAndMessagesDoNotChangeIt() {
        Report r = report("a.txt", "某某区教育局", 2024);
        Finding before = finding("T3_BALANCE", "表三", "列：自然人", "三、", Location.line(64), List.of("T3|TOTAL|NATURAL"));
        Finding after = finding("T3_BALANCE", "表三", "列：自然人", "三、", Location.line(69), List.of("T3|TOTAL|NATURAL"));
        assertThat(Fingerprint.of(r, after)).isEqualTo(Fingerprint.of(r, before))
                .isEqualTo("某某区教育局|2024|T3_BALANCE|T3|TOTAL|NATURAL");
    }

    @Test
    void theSameAgencyAndYearUnderAnotherFileNameIsTheSameReport() {
        Finding f = finding("PERIOD_NOT_STATED", null, null, null, Location.NONE, List.of());
        assertThat(Fingerprint.of(report("2024-v2.txt", "某某区教育局", 2024), f))
                .isEqualTo(Fingerprint.of(report("2024.txt", "某某区教育局", 2024), f))
                .isNotEqualTo(Fingerprint.of(report("2024.txt", "某某区教育局", 2023), f));
    }

    @Test
    void withoutAnAgencyTheFileNameIdentifiesTheReport() {
        Finding f = finding("INPUT_UNREADABLE", null, null, null, Location.NONE, List.of());
        assertThat(Fingerprint.of(report("x.pdf", null, null), f)).isEqualTo("文件:x.pdf|?|INPUT_UNREADABLE|");
    }

    @Test
    void cellThenTableAndCellThenSectionSayWhatItIsAbout() {
        Report r = report("a.txt", "某某区教育局", 2024);
        assertThat(Fingerprint.of(r, finding("CELL_BLANK", "表四", "行政复议 / 总计", "四、", Location.line(3), List.of())))
                .endsWith("|CELL_BLANK|表四|行政复议 / 总计");
        assertThat(Fingerprint.of(r, finding("SECTION_MISSING", null, null, "四、政府信息公开行政复议、行政诉讼情况", Location.NONE, List.of())))
                .endsWith("|SECTION_MISSING|四、政府信息公开行政复议、行政诉讼情况");
    }
}
