package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.SourceFormat;

class AgencyWorkbooksTest {

    @TempDir
    Path dir;

    @Test
    void oneWorkbookPerAgencyAndOnePerUnidentifiedFile() throws IOException {
        CheckedReport a2023 = SampleReports.unbalanced("某某市/教育局", "a-2023.txt", 2023);
        CheckedReport a2024 = SampleReports.unbalanced("某某市/教育局", "a-2024.txt", 2024);
        CheckedReport lookalike = SampleReports.unbalanced("某某市:教育局", "b.txt", 2024);
        CheckedReport unreadable = new CheckedReport(new ParsedReport(
                Report.unreadable("reports-in/扫描件.pdf", "扫描件.pdf", SourceFormat.PDF, 3),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());

        AgencyWorkbooks workbooks = new AgencyWorkbooks(new SafeFileNames(), r -> r, done -> { });
        workbooks.write(SampleReports.results(List.of(a2023, lookalike, a2024, unreadable)), dir);

        assertThat(files()).containsExactly("未识别机关-扫描件.pdf.xlsx", "某某市_教育局(2).xlsx", "某某市_教育局.xlsx");
        assertThat(workbooks.fileName(a2023.report())).isEqualTo(workbooks.fileName(a2024.report())).isEqualTo("某某市_教育局.xlsx");
        assertThat(workbooks.fileName(lookalike.report())).isEqualTo("某某市_教育局(2).xlsx");
        try (InputStream in = Files.newInputStream(dir.resolve("某某市_教育局.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(AgencyWorkbookWriterTest.texts(wb.getSheet("概览"))).contains("某某市/教育局", "2 份");
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
