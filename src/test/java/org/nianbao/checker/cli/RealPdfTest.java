package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three real published PDFs: agency, year, six sections, and exactly the defects their published text has
 * (checked against the rendered pages). None of them gets TEXT_TABLE_MISMATCH: 洪泽区 2024's "受理…17 件" is the
 * office speaking for itself, not the table's 95 new applications.
 */
class RealPdfTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    @TempDir
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void checkThePdfs() throws Exception {
        CheckRunner.run("check", CORPUS.resolve("huaian-city-gov-2024.pdf").toString(),
                CORPUS.resolve("huaian-hongze-district-gov-2023.pdf").toString(),
                CORPUS.resolve("huaian-hongze-district-gov-2024.pdf").toString(), "--out", out.toString());
        json = CheckRunner.findings(out);
    }

    @Test
    void huaianCity2024HasOnlyNoDateOfIssue() {
        JsonNode r = CheckRunner.report(json, "huaian-city-gov-2024.pdf");
        assertThat(r.get("agency").asText()).isEqualTo("淮安市人民政府");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(r.get("format").asText()).isEqualTo("PDF");
        assertThat(CheckRunner.rules(r)).containsExactly("DATE_MISSING");
    }

    @Test
    void hongze2023TableFourTotalsAreZeroAsPrintedAndItsOtherRowIsTheOldFormat() {
        JsonNode r = CheckRunner.report(json, "huaian-hongze-district-gov-2023.pdf");
        assertThat(r.get("agency").asText()).isEqualTo("洪泽区人民政府");
        assertThat(r.get("year").asInt()).isEqualTo(2023);
        assertThat(CheckRunner.rules(r)).containsExactlyInAnyOrder("T4_TOTAL", "T4_TOTAL", "DATE_MISSING", "TEMPLATE_OUTDATED");
        List<String> t4 = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (!f.get("rule").asText().equals("T4_TOTAL")) continue;
            t4.add(f.get("cell").asText() + " " + f.get("expected").asText() + "≠" + f.get("actual").asText());
            assertThat(f.get("location").get("page").asInt()).isEqualTo(4);
        }
        // printed: 10 1 0 0 总计 0 | 0 0 0 0 0 | 5 0 0 0 总计 0
        assertThat(t4).containsExactly("行：行政复议 11≠0", "行：行政诉讼 复议后起诉 5≠0");
    }

    @Test
    void hongze2024OfficeCountIsNotATableMismatch() {
        JsonNode r = CheckRunner.report(json, "huaian-hongze-district-gov-2024.pdf");
        assertThat(r.get("agency").asText()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(CheckRunner.rules(r)).containsExactlyInAnyOrder("DATE_MISSING", "TEMPLATE_OUTDATED");
    }
}
