package org.nianbao.checker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.cli.CheckRunner;

/**
 * A run that holds only the outline of its reports (past its memory share) reads the files again for their
 * workbooks: the workbooks must be the same as when every report is held whole.
 */
class TableDetailTest {

    @AfterEach
    void clear() {
        System.clearProperty("checker.tablesInMemory");
    }

    @Test
    void workbooksAreTheSameWhenTheTablesAreReadAgain(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Path reread = dir.resolve("reread");
        assertThat(CheckRunner.run("check", "reports-in", "--out", whole.toString(), "-q").exitCode()).isEqualTo(1);
        System.setProperty("checker.tablesInMemory", "0");
        assertThat(CheckRunner.run("check", "reports-in", "--out", reread.toString(), "-q").exitCode()).isEqualTo(1);

        List<String> agencies = workbooks(whole);
        assertThat(agencies).hasSize(5).isEqualTo(workbooks(reread));
        for (String name : agencies) {
            for (String sheet : List.of("提取表格", "问题清单")) {
                assertThat(cells(reread.resolve(name), sheet)).as(name + " " + sheet).isEqualTo(cells(whole.resolve(name), sheet));
            }
        }
        // 互助县 (seed 002): the five blank 行政复议 cells of table 四 are there and highlighted after re-reading
        List<String> t4 = cells(reread.resolve("互助县教育局.xlsx"), "提取表格").stream()
                .filter(c -> c.contains("fill=") && !c.contains("fill=null")).toList();
        assertThat(t4).isNotEmpty();
        assertThat(Files.readString(reread.resolve("checker.log"))).doesNotContain("changed since it was checked");
    }

    @Test
    void aFileChangedSinceItWasCheckedShowsItsTablesAsNotRead(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path seed = Files.copy(Path.of("reports-in/001_e4a3f774cb655e90.txt"), in.resolve("001.txt"));
        System.setProperty("checker.tablesInMemory", "0");
        TableDetail detail = new TableDetail(pipeline(), 0);
        var checked = pipeline().check(seed);
        var held = detail.hold(checked);
        assertThat(held.parsed().tables()).allSatisfy(t -> assertThat(t.cells()).isEmpty());
        assertThat(detail.restore(held).parsed().table("T3").cells()).isNotEmpty();

        Files.writeString(seed, Files.readString(seed) + "\n补充说明。\n");
        var stale = detail.restore(held);
        assertThat(stale.parsed().tables()).allSatisfy(t -> assertThat(t.cells()).isEmpty());
        assertThat(stale.findings()).isSameAs(checked.findings());
    }

    private static ReportPipeline pipeline() throws Exception {
        RuleSetup setup = RuleSetup.load(Path.of("rules"), new java.io.PrintWriter(new java.io.StringWriter()));
        return new ReportPipeline(org.nianbao.checker.read.Readers.standard(),
                new org.nianbao.checker.parse.ReportParser(setup.settings().parser()),
                new org.nianbao.checker.rules.ReportChecker(setup.rules(), setup.settings()));
    }

    private static List<String> workbooks(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") && !n.equals("summary.xlsx")).sorted().toList();
        }
    }

    /** Every cell of the sheet as "A1=text fill=RGB", so values and highlighting are compared together. */
    private static List<String> cells(Path workbook, String sheetName) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = wb.getSheet(sheetName);
            for (Row row : sheet) {
                for (Cell c : row) {
                    var fill = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor();
                    out.add(c.getAddress() + "=" + fmt.formatCellValue(c) + " fill=" + (fill == null ? null : fill.getARGBHex()));
                }
            }
        }
        return out;
    }
}
