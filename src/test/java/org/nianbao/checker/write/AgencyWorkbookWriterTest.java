package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.SourceFormat;

class AgencyWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void hasTheFourSheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("概览", "问题清单", "提取表格", "未能评估");
        }
    }

    @Test
    void coverStatesAgencyYearRulesVersionCountsAndVerdict() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            List<String> text = texts(wb.getSheet("概览"));
            assertThat(text).contains("某某区教育局", "2024 年", "r-3f9a2c", "2021 年版格式", "文本（TXT）", "需整改",
                    "1 项", "2 项", "0 项", CoverSheet.HOW_TO_READ);
        }
    }

    @Test
    void findingsSheetHasTheHeadersAndTheBalanceFindingFirst() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            assertThat(rowTexts(sheet.getRow(0))).containsExactly("规则编号", "严重程度", "章节", "表格/单元格", "问题说明",
                    "应为", "实为", "原文摘录", "位置", "依据", "整改建议");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("T3_BALANCE");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("错误");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("表三 一、本年新收政府信息公开申请数量 / 自然人");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("2");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("3");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("第 64 行");
            assertThat(fill(first.getCell(1))).isEqualTo("FFC7CE");
            // WARNs after the ERROR, in the order they appear in the file (line 3 before line 98)
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("PERIOD_NOT_STATED");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("CELL_BLANK");
            assertThat(fill(sheet.getRow(3).getCell(1))).isEqualTo("FFEB9C");
        }
    }

    @Test
    void findingsSheetIsFrozenFilteredAndPrintsLandscape() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K4");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(30 * 256);
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void failingCellIsColouredAndCommentedWithExpectedAndActual() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            XSSFSheet sheet = wb.getSheet("提取表格");
            Row row = rowLabelled(sheet, "一、本年新收政府信息公开申请数量");
            XSSFCell natural = (XSSFCell) row.getCell(1);
            assertThat(natural.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(natural.getNumericCellValue()).isEqualTo(3.0);
            assertThat(fill(natural)).isEqualTo("FFC7CE");
            String comment = natural.getCellComment().getString().getString();
            assertThat(comment).contains("T3_BALANCE", "应为：2", "实为：3", "【错误】");
            XSSFCell business = (XSSFCell) row.getCell(2);
            assertThat(business.getCellComment()).isNull();
            assertThat(fill(business)).isNull();
        }
    }

    @Test
    void recognisedNumbersInASumThatDoesNotHoldAreShownAsToBeCheckedNotAsRead() throws IOException {
        // the same report recognised from a scan: table 三's cells carry a confidence, and the balance that does not
        // hold is a TABLE_UNREADABLE gap naming the same four cells
        CheckedReport text = SampleReports.unbalanced();
        ReportTable t3 = text.parsed().table("T3");
        java.util.Map<String, org.nianbao.checker.model.TableCell> cells = new java.util.LinkedHashMap<>();
        t3.cells().forEach((k, c) -> cells.put(k, new org.nianbao.checker.model.TableCell(c.table(), c.row(), c.rowLabel(),
                c.column(), c.columnLabel(), c.value(), c.blank(), c.malformed(), c.raw(), c.location(), c.reading(), c.run(), 96.6)));
        ReportTable scanned = new ReportTable("T3", true, t3.template(), t3.location(), t3.rows(), t3.columns(), cells,
                t3.missing(), t3.unreadable());
        ParsedReport parsed = new ParsedReport(text.report(), List.of(), List.of(text.parsed().table("T2"), scanned,
                text.parsed().table("T4")), List.of(), List.of(), List.of());
        Finding balance = SampleReports.balanceFinding();
        Finding gap = new Finding("TABLE_UNREADABLE", Severity.INFO, balance.section(), "表三", null, "按扫描识别出的数字，加总关系不成立",
                "does not add up", null, null, null, Location.NONE, "b", "h", balance.cellRefs(), true);

        try (XSSFWorkbook wb = write(List.of(new CheckedReport(parsed, List.of(gap))))) {
            XSSFSheet sheet = wb.getSheet("提取表格");
            Row row = rowLabelled(sheet, "一、本年新收政府信息公开申请数量");
            XSSFCell natural = (XSSFCell) row.getCell(1);
            assertThat(natural.getStringCellValue()).isEqualTo(ExtractedTablesSheet.UNCERTAIN);
            assertThat(natural.getCellComment().getString().getString()).contains("扫描识别为 3", "识别可信度 97", "请对照原件核对");
            // a recognised cell in no failing sum is shown as read
            XSSFCell business = (XSSFCell) row.getCell(2);
            assertThat(business.getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void tableThreeHasTheApplicantHeaderGroupsAndGroupRows() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            XSSFSheet sheet = wb.getSheet("提取表格");
            List<String> text = texts(sheet);
            assertThat(text).contains("申请人情况", "法人或其他组织", "自然人", "商业企业", "总计", "三、本年度办理结果",
                    "（三）不予公开", "（六）其他处理", ReportLayout.T3_CORNER, "第二十条第（一）项", "行政诉讼", "未经复议直接起诉",
                    "复议后起诉", "行政复议", "结果维持");
            assertThat(text.indexOf("法人或其他组织")).isLessThan(text.indexOf("商业企业"));
            assertThat(text).contains("1.属于国家秘密").doesNotContain("(三)不予公开 1.属于国家秘密");
            assertThat(text.stream().filter("（三）不予公开"::equals)).hasSize(1);
            Row corpHeader = rowContaining(sheet, "法人或其他组织");
            assertThat(sheet.getMergedRegions()).anyMatch(m -> m.isInRange(corpHeader.getRowNum(), 2)
                    && m.getFirstColumn() == 2 && m.getLastColumn() == 6);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void normalisedLabelsWithTheirGroupInFrontAreShownUnderTheGroupRow() {
        assertThat(ReportLayout.withoutGroup("(三)不予公开 1.属于国家秘密", "（三）不予公开")).isEqualTo("1.属于国家秘密");
        assertThat(ReportLayout.withoutGroup("（三）不予公开1.属于国家秘密", "（三）不予公开")).isEqualTo("1.属于国家秘密");
        assertThat(ReportLayout.withoutGroup("1.属于国家秘密", "（三）不予公开")).isEqualTo("1.属于国家秘密");
        assertThat(ReportLayout.withoutGroup("(三)不予公开", "（三）不予公开")).isEqualTo("(三)不予公开");
    }

    @Test
    void findingsOnTheSameLineFollowTheTablesColumnOrder() throws IOException {
        List<Finding> blanks = new ArrayList<>();
        for (String[] c : new String[][]{{"TOTAL", "总计"}, {"PENDING", "尚未审结"}, {"UPHELD", "结果维持"}}) {
            blanks.add(new Finding("CELL_BLANK", Severity.WARN, null, "表四", "行政复议 / " + c[1], "空白", "blank", "0", "（空白）",
                    null, Location.line(79), null, null, List.of(new CellRef("T4", "REVIEW", c[0]))));
        }
        CheckedReport report = new CheckedReport(SampleReports.unbalanced().parsed(), blanks);
        try (XSSFWorkbook wb = write(List.of(report))) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            assertThat(List.of(sheet.getRow(1).getCell(3).getStringCellValue(), sheet.getRow(2).getCell(3).getStringCellValue(),
                    sheet.getRow(3).getCell(3).getStringCellValue()))
                    .containsExactly("表四 行政复议 / 结果维持", "表四 行政复议 / 尚未审结", "表四 行政复议 / 总计");
        }
    }

    @Test
    void blankCellIsEmptyWithANoteAndMalformedCellKeepsItsReading() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SampleReports.unbalanced()))) {
            XSSFSheet sheet = wb.getSheet("提取表格");
            Row t4 = rowLabelled(sheet, "件数");
            XSSFCell reviewUpheld = (XSSFCell) t4.getCell(1);
            assertThat(reviewUpheld.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(reviewUpheld.getCellComment().getString().getString()).contains("空白", "CELL_BLANK");
            assertThat(fill(reviewUpheld)).isEqualTo("FFEB9C");
            assertThat(t4.getLastCellNum()).isEqualTo((short) 16);

            XSSFCell coercion = (XSSFCell) rowLabelled(sheet, "行政强制").getCell(1);
            assertThat(coercion.getNumericCellValue()).isEqualTo(0.0);
            assertThat(coercion.getCellComment().getString().getString()).contains("“00”");
            assertThat(rowLabelled(sheet, "行政事业性收费").getCell(1).getNumericCellValue()).isEqualTo(1.5);
        }
    }

    @Test
    void missingTableIsSaidSoAndListedAsNotAssessed() throws IOException {
        CheckedReport sample = SampleReports.unbalanced();
        ParsedReport p = sample.parsed();
        ReportTable partialT3 = new ReportTable("T3", true, "2021", null, List.of("NEW"), p.table("T3").columns(),
                p.table("T3").cells(), List.of("（六）其他处理 1–3", "（七）总计"));
        Report noDate = new Report(p.report().file(), p.report().fileName(), SourceFormat.PDF, true, true, null, null,
                org.nianbao.checker.model.AgencyKind.UNKNOWN, null, null, "2021", null, null, null, null, null, null, null, null, 4, false);
        ParsedReport parsed = new ParsedReport(noDate, List.of(), List.of(p.table("T2"), partialT3, ReportTable.notFound("T4")),
                List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = write(List.of(new CheckedReport(parsed, List.of())))) {
            List<String> tables = texts(wb.getSheet("提取表格"));
            assertThat(tables).contains("未找到该表", "该表不完整，缺少：（六）其他处理 1–3；（七）总计");
            List<String> gaps = texts(wb.getSheet("未能评估"));
            assertThat(gaps).contains("项目", "原因", "未评估的检查", "表四 政府信息公开行政复议、行政诉讼情况", "报告中未找到该表",
                    "报告年度", "发布日期", "机关类型");
            assertThat(gaps).anyMatch(s -> s.startsWith("该表不完整"));
            // which checks each gap leaves unmade: what the rules declare they need (SampleReports.NEEDS)
            assertThat(gaps).contains("用到表四的检查：CELL_BLANK、T4_TOTAL", "用到表三的检查：CELL_BLANK、T3_BALANCE（凡用到缺少部分的）",
                    "与年度有关的检查：PUBLISHED_LATE", "用到发布日期的检查：PUBLISHED_LATE", "用到机关类型的检查：PUBLISHED_LATE");
            assertThat(texts(wb.getSheet("问题清单"))).contains("本报告未发现问题。");
            assertThat(texts(wb.getSheet("概览"))).contains("通过", "未能确定");
        }
    }

    @Test
    void unreadableFileIsNotAssessedAtAll() throws IOException {
        Report r = Report.unreadable("reports-in/x.pdf", "x.pdf", SourceFormat.PDF, null);
        ParsedReport parsed = new ParsedReport(r, List.of(), List.of(), List.of(), List.of(), List.of());
        Finding f = new Finding("INPUT_UNREADABLE", Severity.ERROR, null, null, null, "文件已加密，无法读取", "encrypted", null, null,
                null, Location.NONE, null, "提供未加密的文件。", List.of());
        try (XSSFWorkbook wb = write(List.of(new CheckedReport(parsed, List.of(f))))) {
            assertThat(texts(wb.getSheet("未能评估"))).contains("整份报告", "全部检查");
            assertThat(texts(wb.getSheet("提取表格"))).contains("文件无法读取，没有提取到表格。");
            Row row = wb.getSheet("问题清单").getRow(1);
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.BLANK); // Location.NONE: no position
        }
    }

    @Test
    void severalReportsGetAFileColumnAndAreOrderedByYear() throws IOException {
        CheckedReport y2024 = SampleReports.unbalanced("某某区教育局", "b-2024.txt", 2024);
        CheckedReport y2023 = SampleReports.unbalanced("某某区教育局", "a-2023-重新提交.txt", 2023);
        try (XSSFWorkbook wb = write(List.of(y2024, y2023))) {
            XSSFSheet findings = wb.getSheet("问题清单");
            assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件");
            assertThat(findings.getRow(1).getCell(0).getStringCellValue()).isEqualTo("a-2023-重新提交.txt");
            assertThat(findings.getRow(4).getCell(0).getStringCellValue()).isEqualTo("b-2024.txt");
            assertThat(texts(wb.getSheet("概览"))).contains("报告 1：a-2023-重新提交.txt", "报告 2：b-2024.txt");
            assertThat(texts(wb.getSheet("未能评估")).get(0)).isEqualTo("文件");
        }
    }

    @Test
    void formulaLookingReportTextStaysLiteralText() throws IOException {
        String[] hostile = {"=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)"};
        List<Finding> findings = new ArrayList<>();
        for (String h : hostile) {
            findings.add(new Finding("TEXT_TABLE_MISMATCH", Severity.WARN, h, "表三", h, h, h, h, h, h, Location.line(1), h, h,
                    List.of()));
        }
        CheckedReport base = SampleReports.unbalanced("=HYPERLINK(\"http://x\",\"y\")", "=1+1.txt", 2024);
        CheckedReport report = new CheckedReport(base.parsed(), findings);
        try (XSSFWorkbook wb = write(List.of(report))) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            for (int i = 0; i < hostile.length; i++) {
                Row row = sheet.getRow(1 + i);
                for (int c : new int[]{2, 4, 5, 6, 7, 9, 10}) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(hostileTexts(hostile)).contains(cell.getStringCellValue());
                }
            }
            assertThat(texts(wb.getSheet("概览"))).contains("=HYPERLINK(\"http://x\",\"y\")", "=1+1.txt");
            wb.forEach(s -> s.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void controlCharactersDoNotBreakTheFile() throws IOException {
        Finding f = new Finding("TEXT_DAMAGED", Severity.INFO, null, null, null, "乱码\u0001\u0000文字", "x", null, null,
                "原文\u000b摘录\uFFFF", Location.line(2), null, null, List.of());
        CheckedReport base = SampleReports.unbalanced();
        try (XSSFWorkbook wb = write(List.of(new CheckedReport(base.parsed(), List.of(f))))) {
            Row row = wb.getSheet("问题清单").getRow(1);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("乱码  文字");
            assertThat(fill(row.getCell(1))).isEqualTo("DDEBF7");
        }
    }

    @Test
    void onAScanTheCoverSaysWhereTheAgencysNameCameFromBesideTheTitleAsRecognised() throws IOException {
        // 洪泽区 2023 at 200 dpi: the title is recognised as 潜泽区…, the agency corrected from the body
        CheckedReport text = SampleReports.unbalanced();
        Report r = text.report();
        Report scan = new Report(r.file(), r.fileName(), SourceFormat.PDF, true, true, "洪泽区人民政府",
                "标题（识别有误，按正文更正）", r.agencyKind(), 2023, r.yearSource(), r.template(),
                "潜泽区人民政府2023年政府信息公开工作年度报告", r.titleSource(), r.titleLocation(), null, null, null,
                r.signatureDate(), r.signatureLocation(), 5, true);
        ParsedReport parsed = new ParsedReport(scan, List.of(), text.parsed().tables(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = write(List.of(new CheckedReport(parsed, List.of())))) {
            Sheet cover = wb.getSheet("概览");
            assertThat(rowLabelled(cover, "标题").getCell(1).getStringCellValue()).startsWith("潜泽区人民政府");
            assertThat(rowLabelled(cover, "机关名称").getCell(1).getStringCellValue())
                    .isEqualTo("洪泽区人民政府（依据：标题（识别有误，按正文更正））");
        }
        // a report read from its text layer has no such row: its agency is as written
        try (XSSFWorkbook wb = write(List.of(text))) {
            assertThat(texts(wb.getSheet("概览"))).doesNotContain("机关名称");
        }
    }

    private static List<String> hostileTexts(String[] hostile) {
        List<String> all = new ArrayList<>(List.of(hostile));
        for (String h : hostile) all.add("表三 " + h);
        return all;
    }

    private XSSFWorkbook write(List<CheckedReport> reports) throws IOException {
        Path target = dir.resolve("agency.xlsx");
        try (OutputStream out = Files.newOutputStream(target)) {
            AgencyWorkbookWriter.write(out, reports.get(0).report().agency(), reports, SampleReports.RUN, RunChanges.NONE);
        }
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        if (style.getFillForegroundColorColor() == null) return null;
        return style.getFillForegroundColorColor().getARGBHex().substring(2);
    }

    static List<String> texts(Sheet sheet) {
        List<String> all = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) all.add(cell.getStringCellValue());
        }));
        return all;
    }

    static List<String> rowTexts(Row row) {
        List<String> all = new ArrayList<>();
        row.forEach(cell -> all.add(cell.getStringCellValue()));
        return all;
    }

    static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) return row;
        }
        throw new AssertionError("no row labelled " + label);
    }

    static Row rowContaining(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return row;
            }
        }
        throw new AssertionError("no row containing " + text);
    }
}
