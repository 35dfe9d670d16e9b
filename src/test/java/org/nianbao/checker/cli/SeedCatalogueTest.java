package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over reports-in/: the expected-results table of the rule catalogue, seed by seed. "Must" findings
 * are present, "never" findings absent, agency and year as the catalogue gives them.
 */
class SeedCatalogueTest {

    @TempDir
    static Path out;
    static CheckRunner.Run run;
    static JsonNode json;

    @BeforeAll
    static void checkTheSeeds() throws Exception {
        run = CheckRunner.run("check", "reports-in", "--out", out.toString());
        json = CheckRunner.findings(out);
    }

    @Test
    void runExitsOneBecauseSomeSeedsHaveErrorsAndWritesAWorkbookPerAgency() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).contains("findings.json", "summary.xlsx", "乐山市金口河区教育局.xlsx", "南关区教育局.xlsx",
                    "互助县教育局.xlsx", "柳州市柳江区教育局.xlsx", "德阳市罗江区教育局.xlsx");
        }
        assertThat(json.get("reports")).hasSize(5);
        assertThat(json.get("reports").get(0).get("file").asText()).endsWith("000_41ea44dbb3ddc373.txt");
        assertThat(json.get("reports").get(4).get("file").asText()).endsWith("004_11d5421f1e46d2a7.txt");
    }

    @Test
    void seed000LostSectionFourHeadingAndTableThreeStopsEarly() {
        JsonNode r = CheckRunner.report(json, "000_41ea44dbb3ddc373.txt");
        assertThat(r.get("agency").asText()).isEqualTo("乐山市金口河区教育局");
        assertThat(r.get("agencySource").asText()).isEqualTo("标题");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        List<String> ids = CheckRunner.rules(r);
        assertThat(ids).contains("SECTION_MISSING", "TABLE_INCOMPLETE");
        assertThat(ids).noneMatch(id -> id.startsWith("T3_"));
        assertThat(ids).doesNotContain("FEE_NOT_DISCLOSED", "PERIOD_NOT_STATED", "PERIOD_NOT_FULL_YEAR", "DATE_MISSING", "PUBLISHED_LATE");
        JsonNode missing = finding(r, "SECTION_MISSING");
        assertThat(missing.get("message").asText()).contains("第四部分").contains("行政复议");
        assertThat(finding(r, "TABLE_INCOMPLETE").get("evidence").asText())
                .contains("(七)总计：未找到该行").contains("四、结转下年度继续办理：未找到该行");
    }

    @Test
    void seed001MixesArabicAndChineseNumeralsAndHasNoDate() {
        JsonNode r = CheckRunner.report(json, "001_e4a3f774cb655e90.txt");
        assertThat(r.get("agency").asText()).isEqualTo("南关区教育局");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(CheckRunner.rules(r)).contains("SECTION_ORDER", "DATE_MISSING");
        assertThat(CheckRunner.rules(r, "ERROR")).isEmpty();
        assertThat(finding(r, "SECTION_ORDER").get("message").asText()).contains("阿拉伯数字与汉字序号混用");
    }

    @Test
    void seed002RepeatsTwoAndOmitsFeePeriodAndTableFourReviewCells() {
        JsonNode r = CheckRunner.report(json, "002_ced1e3ba6e50580e.txt");
        assertThat(r.get("agency").asText()).isEqualTo("互助县教育局");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        List<String> ids = CheckRunner.rules(r);
        assertThat(ids).contains("SECTION_ORDER", "FEE_NOT_DISCLOSED", "PERIOD_NOT_STATED", "CELL_BLANK");
        assertThat(ids).doesNotContain("SECTION_MISSING", "T4_TOTAL", "PUBLISHED_LATE");
        assertThat(ids).noneMatch(id -> id.startsWith("T3_"));
        // the five blank cells of one row are one finding naming the row, with every cell in its evidence
        JsonNode blank = finding(r, "CELL_BLANK");
        assertThat(CheckRunner.rules(r).stream().filter("CELL_BLANK"::equals)).hasSize(1);
        assertThat(blank.get("cell").asText()).isEqualTo("「行政复议」1 行，各 5 列，共 5 格");
        assertThat(blank.get("message").asText()).contains("有 5 个单元格未填写数字");
        assertThat(blank.get("evidence").asText()).contains("行政复议 / 结果维持：「(空白)」").contains("行政复议 / 总计：「(空白)」");
    }

    @Test
    void seed003InTraditionalCharactersIsRepeatedTwice() {
        JsonNode r = CheckRunner.report(json, "003_1df9ee14cdc84c49.txt");
        assertThat(r.get("agency").asText()).isEqualTo("柳州市柳江区教育局");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(CheckRunner.rules(r)).contains("DUPLICATE_CONTENT");
        assertThat(CheckRunner.rules(r, "ERROR")).isEmpty();
    }

    @Test
    void seed004In2019FormatNamesItsAgencyOnlyInTheSignature() {
        JsonNode r = CheckRunner.report(json, "004_11d5421f1e46d2a7.txt");
        assertThat(r.get("agency").asText()).isEqualTo("德阳市罗江区教育局");
        assertThat(r.get("year").asInt()).isEqualTo(2020);
        assertThat(r.get("template").asText()).isEqualTo("2019");
        assertThat(CheckRunner.rules(r)).contains("TITLE_MISSING", "PERIOD_NOT_STATED");
        assertThat(CheckRunner.rules(r, "ERROR")).isEmpty();
        assertThat(CheckRunner.rules(r)).doesNotContain("FEE_NOT_DISCLOSED", "TEMPLATE_OUTDATED");
    }

    @Test
    void everyFindingHasEveryKey() {
        for (JsonNode r : json.get("reports")) {
            for (JsonNode f : r.get("findings")) {
                assertThat(f.fieldNames()).toIterable().contains("rule", "severity", "section", "table", "cell", "message",
                        "messageEn", "expected", "actual", "evidence", "location", "basis");
                assertThat(f.get("location").has("page")).isTrue();
                assertThat(f.get("location").has("line")).isTrue();
                assertThat(f.get("severity").asText()).isIn("ERROR", "WARN", "INFO");
            }
        }
    }

    static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        throw new AssertionError("no " + rule + " in " + report);
    }

    static List<String> cells(JsonNode report, String rule) {
        List<String> cells = new java.util.ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) cells.add(f.get("cell").asText());
        return cells;
    }
}
