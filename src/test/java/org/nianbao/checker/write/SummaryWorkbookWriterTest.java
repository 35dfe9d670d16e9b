package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.checker.write.AgencyWorkbookWriterTest.fill;
import static org.nianbao.checker.write.AgencyWorkbookWriterTest.rowTexts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.RunResults;

class SummaryWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void overviewHasOneRowPerFileWithVerdictCountsAndErrorsFirst() throws IOException {
        CheckedReport failing = SampleReports.unbalanced();
        CheckedReport passing = new CheckedReport(failing.parsed(), List.of(SampleReports.dateFinding()));
        Path target = dir.resolve("summary.xlsx");
        new SummaryWorkbookWriter(r -> "某某区教育局.xlsx").write(SampleReports.results(List.of(failing, passing)), target);
        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("总览");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("按规则");
            XSSFSheet overview = wb.getSheet("总览");
            assertThat(rowTexts(overview.getRow(0))).containsExactly("文件", "机关", "年度", "格式", "结论", "错误", "警告", "提示",
                    "需人工核对", "主要问题", "机关工作簿");
            assertThat(overview.getLastRowNum()).isEqualTo(2);
            Row first = overview.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("某某区教育局");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2024.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("需整改");
            assertThat(fill(first.getCell(4))).isEqualTo("FFC7CE");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(9).getStringCellValue()).startsWith("【错误】T3_BALANCE：表三“自然人”列");
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("某某区教育局.xlsx");
            assertThat(overview.getRow(2).getCell(4).getStringCellValue()).isEqualTo("通过");
            assertThat(overview.getPaneInformation().isFreezePane()).isTrue();
            assertThat(overview.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
        }
    }

    @Test
    void byRuleCountsReportsAndFindingsAndHasCharts() throws IOException {
        CheckedReport failing = SampleReports.unbalanced();
        Path target = dir.resolve("summary.xlsx");
        new SummaryWorkbookWriter(r -> null).write(SampleReports.results(List.of(failing, failing, SampleReports.unbalanced())), target);
        try (XSSFWorkbook wb = read(target)) {
            XSSFSheet rules = wb.getSheet("按规则");
            Row header = rules.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("规则编号");
            Row balance = rules.getRow(4);
            assertThat(balance.getCell(0).getStringCellValue()).isEqualTo("T3_BALANCE");
            assertThat(balance.getCell(1).getStringCellValue()).isEqualTo("错误");
            assertThat(balance.getCell(2).getNumericCellValue()).isEqualTo(3.0); // reports failing it
            assertThat(balance.getCell(3).getNumericCellValue()).isEqualTo(3.0); // findings
            assertThat(rules.getRow(1).getCell(0).getStringCellValue()).contains("共 3 份报告：需整改 3 份，通过 0 份", "r-3f9a2c");

            List<XSSFChart> charts = rules.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("各规则的问题数");
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
        }
    }

    @Test
    void noFindingsMeansNoChartButStillAValidFile() throws IOException {
        CheckedReport clean = new CheckedReport(SampleReports.unbalanced().parsed(), List.of());
        Path target = dir.resolve("summary.xlsx");
        new SummaryWorkbookWriter(r -> null).write(SampleReports.results(List.of(clean)), target);
        try (XSSFWorkbook wb = read(target)) {
            assertThat(AgencyWorkbookWriterTest.texts(wb.getSheet("按规则"))).contains("没有发现问题。");
            assertThat(wb.getSheet("总览").getRow(1).getCell(8).getNumericCellValue()).isZero();
            assertThat(wb.getSheet("总览").getRow(1).getCell(9).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void unfinishedSummaryLeavesThePreviousFileAlone() throws IOException {
        Path target = dir.resolve("summary.xlsx");
        Files.writeString(target, "previous");
        AtomicInteger rows = new AtomicInteger();
        SummaryWorkbookWriter crashing = new SummaryWorkbookWriter(r -> {
            if (rows.incrementAndGet() == 2) throw new IllegalStateException("a crash half-way through the rows");
            return null;
        });
        RunResults results = SampleReports.results(List.of(SampleReports.unbalanced(), SampleReports.unbalanced()));
        assertThatThrownBy(() -> crashing.write(results, target)).hasMessageContaining("half-way");
        assertThat(Files.readString(target)).isEqualTo("previous");
    }

    @Test
    void tenThousandReportsAreWrittenQuickly() throws IOException {
        CheckedReport report = SampleReports.unbalanced();
        Path target = dir.resolve("summary.xlsx");
        long start = System.nanoTime();
        new SummaryWorkbookWriter(r -> null).write(SampleReports.results(Collections.nCopies(10_000, report)), target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("10,000 rows took %d ms", millis).isLessThan(15_000);
        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getSheet("总览").getLastRowNum()).isEqualTo(10_000);
            assertThat(wb.getSheet("按规则").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(10_000.0);
        }
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
