package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.history.CheckerRun;

/** A report whose own text looks like Excel formulas: the workbooks show it as text, never evaluate it. */
class FormulaTextEndToEndTest {

    static final String ONE_PLUS_ONE = "=1+1";
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void formulaLikeReportTextIsLiteralTextInTheAgencyWorkbookAndSummary(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("reports-in/002_ced1e3ba6e50580e.txt"));
        String intro = "现将我局 2024 年度政府信息公开工作报告如下：";
        // a half-year period, so PERIOD_NOT_FULL_YEAR quotes the sentence, formulas and all, as its evidence
        String text = seed.replace(intro, intro + "\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年6月30日止("
                + ONE_PLUS_ONE + "," + HYPERLINK + ").\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(ONE_PLUS_ONE + ".txt"), text);
        Path out = dir.resolve("out");

        CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        JsonNode period = null;
        for (JsonNode f : CheckerRun.json(out).get("reports").get(0).get("findings")) {
            if (f.get("rule").asText().equals("PERIOD_NOT_FULL_YEAR")) period = f;
        }
        assertThat(period).as("PERIOD_NOT_FULL_YEAR").isNotNull();
        String evidence = period.get("evidence").asText();
        assertThat(evidence).contains(ONE_PLUS_ONE, HYPERLINK);
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("互助县教育局.xlsx"))) {
            Cell quoted = find(wb, evidence);
            assertThat(quoted).as("a cell holding the evidence").isNotNull();
            assertThat(quoted.getCellType()).isEqualTo(CellType.STRING);
            assertThat(quoted.getSheet().getSheetName()).isEqualTo("问题清单");
            Cell file = find(wb, ONE_PLUS_ONE + ".txt");
            assertThat(file.getCellType()).isEqualTo(CellType.STRING);
            assertNoFormulas(wb);
        }
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("summary.xlsx"))) {
            Cell file = wb.getSheet("总览").getRow(1).getCell(0);
            assertThat(file.getCellType()).isEqualTo(CellType.STRING);
            assertThat(file.getStringCellValue()).isEqualTo(ONE_PLUS_ONE + ".txt");
            assertNoFormulas(wb);
        }
    }

    private static Cell find(XSSFWorkbook wb, String exact) {
        for (var sheet : wb) for (var row : sheet) for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(exact)) return cell;
        }
        return null;
    }

    private static void assertNoFormulas(XSSFWorkbook wb) {
        wb.forEach(s -> s.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as(s.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
    }
}
