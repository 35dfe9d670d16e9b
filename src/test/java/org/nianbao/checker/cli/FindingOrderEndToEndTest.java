package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF report's findings come in one order (model.FindingOrder) in findings.json and in the agency's workbook.
 * They used to differ: findings.json put a finding without a page (DATE_MISSING) before those with one, the workbook
 * after them. The three published PDFs have findings with and without a page; the seeds as PDF have findings on
 * table cells, several on one line.
 */
class FindingOrderEndToEndTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path SEEDS = Path.of("src/test/resources/fixtures/seeds");
    @TempDir
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void checkThePdfs() throws Exception {
        CheckRunner.Run run = CheckRunner.run("check", CORPUS.resolve("huaian-city-gov-2024.pdf").toString(),
                CORPUS.resolve("huaian-hongze-district-gov-2023.pdf").toString(),
                CORPUS.resolve("huaian-hongze-district-gov-2024.pdf").toString(),
                SEEDS.resolve("002_ced1e3ba6e50580e.pdf").toString(), SEEDS.resolve("004_11d5421f1e46d2a7.pdf").toString(),
                "--out", out.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        json = CheckRunner.findings(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-hongze-district-gov-2023.pdf", "huaian-hongze-district-gov-2024.pdf",
            "huaian-city-gov-2024.pdf", "002_ced1e3ba6e50580e.pdf", "004_11d5421f1e46d2a7.pdf"})
    void findingsJsonAndTheAgencyWorkbookListAPdfsFindingsInTheSameOrder(String file) throws Exception {
        JsonNode report = CheckRunner.report(json, file);
        List<String> inJson = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            // the one @gap rule: listed under 未能评估, not among the workbook's problems
            if (f.get("rule").asText().equals("TABLE_UNREADABLE")) continue;
            inJson.add(f.get("rule").asText() + " | " + tableCell(f) + " | " + f.get("message").asText());
        }
        List<String> inWorkbook = problems(out.resolve(report.get("agency").asText() + ".xlsx"));

        assertThat(inJson).as("findings of %s", file).isNotEmpty();
        assertThat(inWorkbook).as("问题清单 of %s", file).containsExactlyElementsOf(inJson);
    }

    @Test
    void findingsWithoutAPageComeAfterThoseWithOneOfTheSameSeverity() {
        JsonNode report = CheckRunner.report(json, "huaian-hongze-district-gov-2023.pdf");
        List<String> order = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            JsonNode page = f.get("location").get("page");
            order.add(f.get("severity").asText() + " " + f.get("rule").asText() + " " + (page.isNull() ? "-" : page.asInt()));
        }
        assertThat(order).containsExactly("ERROR T4_TOTAL 4", "ERROR T4_TOTAL 4", "WARN TEMPLATE_OUTDATED 3", "WARN DATE_MISSING -");
    }

    /** "表四 行：行政复议", as the workbook's column 表格/单元格 shows table and cell. */
    private static String tableCell(JsonNode f) {
        String table = f.get("table").isNull() ? null : f.get("table").asText();
        String cell = f.get("cell").isNull() ? null : f.get("cell").asText();
        if (table == null) return String.valueOf(cell);
        return cell == null ? table : table + " " + cell;
    }

    /** The rows of 问题清单 as "rule | table and cell | message", top to bottom. */
    private static List<String> problems(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("问题清单");
            Row header = sheet.getRow(0);
            int rule = column(header, "规则编号"), where = column(header, "表格/单元格"), message = column(header, "问题说明");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(text(row.getCell(rule)) + " | " + text(row.getCell(where)) + " | " + text(row.getCell(message)));
            }
            return rows;
        }
    }

    private static int column(Row header, String name) {
        for (Cell c : header) if (c.getStringCellValue().equals(name)) return c.getColumnIndex();
        throw new AssertionError("no column " + name);
    }

    private static String text(Cell c) {
        return c == null || c.getStringCellValue().isEmpty() ? "null" : c.getStringCellValue();
    }
}
