package org.nianbao.checker.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.history.CheckerRun;

/**
 * An officer marks one finding 误报 and one 已沟通 in summary.xlsx (saved with POI as Excel would), and the next
 * run carries both: the 误报 leaves the agency's workbook and is listed as 误报 in the summary with its note, the
 * 已沟通 keeps its note, and nothing else changes.
 */
class TriageEndToEndTest {

    static final Path SEED_001 = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final Path SEED_002 = Path.of("reports-in/002_ced1e3ba6e50580e.txt");
    static final String FALSE_ALARM_NOTE = "县里统一公开了收费情况，不属于本局问题";
    static final String CONTACTED_NOTE = "1月8日已电话告知办公室王科长";

    @TempDir
    Path dir;

    /** Column indexes of the 问题处理 sheet, from its header. */
    static int column(XSSFSheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(0)) if (c.getStringCellValue().equals(header)) return c.getColumnIndex();
        throw new AssertionError("no column " + header);
    }

    static Row rowOf(XSSFSheet sheet, String file, String rule) {
        int f = column(sheet, "文件"), r = column(sheet, "规则编号");
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(f).getStringCellValue().equals(file)
                    && row.getCell(r).getStringCellValue().equals(rule)) return row;
        }
        throw new AssertionError("no row for " + file + " " + rule);
    }

    /** The sheet's rows as text, without the 状态 column (新增 becomes 仍存在 between runs). */
    static List<List<String>> rowsWithoutStatus(Path summary) throws Exception {
        try (XSSFWorkbook wb = CheckerRun.workbook(summary)) {
            XSSFSheet sheet = wb.getSheet("问题处理");
            int status = column(sheet, "状态");
            List<List<String>> rows = new ArrayList<>();
            for (List<String> r : CheckerRun.rows(sheet)) {
                List<String> copy = new ArrayList<>(r);
                if (copy.size() > status) copy.remove(status);
                rows.add(copy);
            }
            return rows;
        }
    }

    @Test
    void aFalseAlarmLeavesTheAgencyWorkbookAndAContactedFindingKeepsItsNote() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED_001, in.resolve("001.txt"));
        Files.copy(SEED_002, in.resolve("002.txt"));
        Path out = dir.resolve("out");
        CheckerRun first = CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        assertThat(first.exitCode()).isEqualTo(1); // 002's FEE_NOT_DISCLOSED and TABLE_INCOMPLETE are ERRORs
        JsonNode before = CheckerRun.json(out);

        // the officer's edits, saved as Excel would save the workbook
        Path summary = out.resolve("summary.xlsx");
        try (XSSFWorkbook wb = CheckerRun.workbook(summary)) {
            XSSFSheet sheet = wb.getSheet("问题处理");
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("确认", "误报", "已沟通", "暂缓"));
            int decision = column(sheet, "处理意见"), note = column(sheet, "备注");
            Row fee = rowOf(sheet, "002.txt", "FEE_NOT_DISCLOSED");
            fee.createCell(decision).setCellValue("误报");
            fee.createCell(note).setCellValue(FALSE_ALARM_NOTE);
            Row period = rowOf(sheet, "002.txt", "PERIOD_NOT_STATED");
            period.createCell(decision).setCellValue("已沟通");
            period.createCell(note).setCellValue(CONTACTED_NOTE);
            Path edited = dir.resolve("edited.xlsx");
            try (OutputStream o = Files.newOutputStream(edited)) {
                wb.write(o);
            }
            wb.close();
            Files.move(edited, summary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<List<String>> edited = rowsWithoutStatus(summary);

        CheckerRun second = CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        // the agency workbook no longer has the false alarm; the contacted finding is still there for the agency
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("互助县教育局.xlsx"))) {
            List<List<String>> findings = CheckerRun.rows(wb.getSheet("问题清单"));
            assertThat(findings).noneMatch(r -> r.contains("FEE_NOT_DISCLOSED")).anyMatch(r -> r.contains("PERIOD_NOT_STATED"));
            assertThat(CheckerRun.rows(wb.getSheet("已整改"))).noneMatch(r -> r.contains("FEE_NOT_DISCLOSED"));
        }
        // the summary lists the false alarm as such, with its note, and the contacted one with its note
        try (XSSFWorkbook wb = CheckerRun.workbook(summary)) {
            XSSFSheet sheet = wb.getSheet("问题处理");
            int decision = column(sheet, "处理意见"), note = column(sheet, "备注"), status = column(sheet, "状态");
            Row fee = rowOf(sheet, "002.txt", "FEE_NOT_DISCLOSED");
            assertThat(fee.getCell(decision).getStringCellValue()).isEqualTo("误报");
            assertThat(fee.getCell(note).getStringCellValue()).isEqualTo(FALSE_ALARM_NOTE);
            assertThat(fee.getCell(status).getStringCellValue()).isEqualTo("—");
            Row period = rowOf(sheet, "002.txt", "PERIOD_NOT_STATED");
            assertThat(period.getCell(decision).getStringCellValue()).isEqualTo("已沟通");
            assertThat(period.getCell(note).getStringCellValue()).isEqualTo(CONTACTED_NOTE);
            assertThat(period.getCell(status).getStringCellValue()).isEqualTo("仍存在");
        }
        // nothing else changed: the same rows, decisions and notes (the 误报 row moved below its report's findings)
        assertThat(rowsWithoutStatus(summary)).containsExactlyInAnyOrderElementsOf(edited);
        JsonNode after = CheckerRun.json(out);
        JsonNode r002 = CheckerRun.report(after, "002.txt");
        assertThat(r002.get("verdict").asText()).isEqualTo("需整改"); // TABLE_INCOMPLETE is still an ERROR
        assertThat(CheckerRun.statuses(r002)).allMatch(s -> s.endsWith(" 仍存在")).noneMatch(s -> s.startsWith("FEE_NOT_DISCLOSED"));
        assertThat(r002.get("fixed")).isEmpty();
        assertThat(r002.get("dismissed")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("FEE_NOT_DISCLOSED");
            assertThat(f.get("triage").asText()).isEqualTo("误报");
            assertThat(f.get("note").asText()).isEqualTo(FALSE_ALARM_NOTE);
        });
        assertThat(CheckerRun.report(after, "001.txt").get("findings")).hasSameSizeAs(CheckerRun.report(before, "001.txt").get("findings"));
        assertThat(r002.get("findings")).hasSize(CheckerRun.report(before, "002.txt").get("findings").size() - 1);
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("已按处理意见排除误报 1 条", "新增 0 条", "已整改 0 条");
        // the file's console line counts what its workbook shows: one ERROR less than before
        assertThat(first.out()).containsPattern("002\\.txt .*错误 2 ");
        assertThat(second.out()).containsPattern("002\\.txt .*错误 1 ");

        // ./checker runs counts what the agencies are sent: one ERROR fewer
        List<org.nianbao.checker.history.RunSummary> runs = org.nianbao.checker.history.RunStore.in(out).list();
        assertThat(runs.get(1).errors()).isEqualTo(runs.get(0).errors() - 1);

        CheckerRun listed = CheckerRun.of(CheckerRun.args("triage", "--out", out));
        assertThat(listed.out()).contains("误报", FALSE_ALARM_NOTE, "已沟通", CONTACTED_NOTE, "互助县教育局", "共 2 条处理意见，其中误报 1 条");
    }

    @Test
    void aFindingWhoseEvidenceChangedIsNewAgainAndAskedAbout() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path report = in.resolve("002.txt");
        String cells = "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0";
        Files.writeString(report, Files.readString(SEED_002).replace(cells, cells.replace("\t0\t0\t0\t0\t0\t0\t0", "\t5\t0\t0\t0\t0\t0\t5")));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "xlsx"));
        Path summary = out.resolve("summary.xlsx");
        try (XSSFWorkbook wb = CheckerRun.workbook(summary)) {
            XSSFSheet sheet = wb.getSheet("问题处理");
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(column(sheet, "规则编号")).getStringCellValue().equals("T3_BALANCE")) {
                    row.createCell(column(sheet, "处理意见")).setCellValue("误报");
                }
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve("e.xlsx"))) {
                wb.write(o);
            }
        }
        Files.move(dir.resolve("e.xlsx"), summary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the agency corrects the number but not enough: the same cells, other sums
        Files.writeString(report, Files.readString(report).replace("\t5\t0\t0\t0\t0\t0\t5", "\t3\t0\t0\t0\t0\t0\t3"));
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        JsonNode r002 = CheckerRun.report(CheckerRun.json(out), "002.txt");
        assertThat(r002.get("dismissed")).isEmpty();
        assertThat(CheckerRun.statuses(r002)).contains("T3_BALANCE 仍存在");
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("互助县教育局.xlsx"))) {
            assertThat(CheckerRun.rows(wb.getSheet("问题清单"))).anyMatch(r -> r.contains("T3_BALANCE"));
        }
    }
}
