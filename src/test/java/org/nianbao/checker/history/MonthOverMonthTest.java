package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency fixes one problem and makes another between two checks: the office sees 已整改, 新增 and 仍存在 in the
 * agency workbook, the summary and the JSON, and can list and pick the recorded runs.
 */
class MonthOverMonthTest {

    static final Path SEED_002 = Path.of("reports-in/002_ced1e3ba6e50580e.txt");
    static final Path SEED_001 = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final String INTRO = "现将我局 2024 年度政府信息公开工作报告如下：";
    static final String PERIOD = "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。";
    static final String NEW_APPLICATIONS = "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0";

    @TempDir
    Path dir;

    /** Seed 002 with the statistics period stated (PERIOD_NOT_STATED goes) and 5 new applications that 表三 does not account for (T3_BALANCE comes). */
    static String corrected() throws Exception {
        String text = Files.readString(SEED_002);
        assertThat(text).contains(INTRO, NEW_APPLICATIONS).doesNotContain("统计期限");
        return text.replace(INTRO, INTRO + PERIOD)
                .replace(NEW_APPLICATIONS, NEW_APPLICATIONS.replace("\t0\t0\t0\t0\t0\t0\t0", "\t5\t0\t0\t0\t0\t0\t5"));
    }

    @Test
    void firstCheckMarksEverythingNewAndSaysSo() throws Exception {
        Path in = copySeeds();
        Path out = dir.resolve("out");
        CheckerRun run = CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        JsonNode json = CheckerRun.json(out);
        assertThat(json.get("comparedTo").isNull()).isTrue();
        assertThat(CheckerRun.statuses(CheckerRun.report(json, "002.txt"))).allMatch(s -> s.endsWith(" 新增"));
        assertThat(CheckerRun.report(json, "002.txt").get("fixed")).isEmpty();
        assertThat(run.out()).contains("首次检查");
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("互助县教育局.xlsx"))) {
            assertThat(text(wb.getSheet("概览"))).anyMatch(t -> t.startsWith("首次检查"));
            assertThat(text(wb.getSheet("已整改"))).contains("首次检查，没有可比较的上次检查结果。");
        }
        try (Stream<Path> records = Files.list(out.resolve(RunStore.FOLDER))) {
            assertThat(records.map(p -> p.getFileName().toString()).toList())
                    .singleElement().satisfies(n -> assertThat(n).matches("\\d{8}-\\d{6}(-\\d+)?\\.json"));
        }
    }

    @Test
    void theFixedFindingIsFixedTheOthersStillOpenAndTheNewOneNew() throws Exception {
        Path in = copySeeds();
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        Files.writeString(in.resolve("002.txt"), corrected());
        CheckerRun second = CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        // JSON: status per finding, fixed per report; the old keys are all still there
        JsonNode json = CheckerRun.json(out);
        JsonNode r002 = CheckerRun.report(json, "002.txt");
        assertThat(CheckerRun.statuses(r002)).contains("T3_BALANCE 新增", "FEE_NOT_DISCLOSED 仍存在", "SECTION_ORDER 仍存在")
                .doesNotContain("PERIOD_NOT_STATED 仍存在", "PERIOD_NOT_STATED 新增");
        assertThat(CheckerRun.statuses(r002)).filteredOn(s -> s.endsWith("新增")).allMatch(s -> s.startsWith("T3_BALANCE"));
        assertThat(r002.get("fixed")).extracting(f -> f.get("rule").asText()).containsExactly("PERIOD_NOT_STATED");
        assertThat(r002.get("fixed").get(0).get("status").asText()).isEqualTo("已整改");
        assertThat(CheckerRun.statuses(CheckerRun.report(json, "001.txt"))).allMatch(s -> s.endsWith(" 仍存在"));
        List<String> keys = new java.util.ArrayList<>();
        r002.get("findings").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("rule", "severity", "section", "table", "cell", "message", "messageEn", "expected",
                "actual", "evidence", "location", "basis", "hint", "status");
        assertThat(second.out()).contains("已整改 1 条");

        // agency workbook: 状态 column and the 已整改 sheet
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("互助县教育局.xlsx"))) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("概览", "问题清单", "已整改", "提取表格", "未能评估");
            List<List<String>> findings = CheckerRun.rows(wb.getSheet("问题清单"));
            assertThat(findings.get(0).subList(0, 3)).containsExactly("状态", "规则编号", "严重程度");
            for (List<String> row : findings.subList(1, findings.size())) {
                assertThat(row.get(0)).isEqualTo(row.get(1).equals("T3_BALANCE") ? "新增" : "仍存在");
            }
            List<List<String>> fixed = CheckerRun.rows(wb.getSheet("已整改"));
            assertThat(fixed).hasSize(2);
            assertThat(fixed.get(1).subList(0, 3)).containsExactly("已整改", "PERIOD_NOT_STATED", "警告");
            assertThat(text(wb.getSheet("概览"))).anyMatch(t -> t.startsWith("新增 2 项，仍存在") && t.contains("已整改 1 项"));
        }
        // summary: counts per file and the 变化 sheet
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("summary.xlsx"))) {
            List<List<String>> overview = CheckerRun.rows(wb.getSheet("总览"));
            assertThat(overview.get(0).subList(8, 12)).containsExactly("需人工核对", "新增", "仍存在", "已整改");
            List<String> row002 = overview.stream().filter(r -> r.get(0).equals("002.txt")).findFirst().orElseThrow();
            assertThat(row002.subList(9, 12)).containsExactly("2", String.valueOf(r002.get("findings").size() - 2), "1");
            List<String> row001 = overview.stream().filter(r -> r.get(0).equals("001.txt")).findFirst().orElseThrow();
            assertThat(row001.subList(9, 12)).containsExactly("0", "2", "0");
            List<List<String>> changes = CheckerRun.rows(wb.getSheet("变化"));
            assertThat(changes).extracting(r -> r.get(0) + " " + r.get(4))
                    .containsExactly("变化 规则编号", "新增 T3_BALANCE", "新增 T3_BALANCE", "已整改 PERIOD_NOT_STATED");
            assertThat(wb.getSheetName(1)).isEqualTo("按规则");
        }
    }

    @Test
    void compareToPicksTheOlderRunAndRunsListsThemAll() throws Exception {
        Path in = copySeeds();
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        String first = RunStore.in(out).list().get(0).id();
        Files.writeString(in.resolve("002.txt"), corrected());
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        // against the run before: nothing changed
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        assertThat(CheckerRun.report(CheckerRun.json(out), "002.txt").get("fixed")).isEmpty();
        // against the first run: the period is fixed again
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--compare-to", first));
        JsonNode json = CheckerRun.json(out);
        assertThat(json.get("comparedTo").asText()).isEqualTo(first);
        assertThat(CheckerRun.report(json, "002.txt").get("fixed")).extracting(f -> f.get("rule").asText())
                .containsExactly("PERIOD_NOT_STATED");

        CheckerRun runs = CheckerRun.of(CheckerRun.args("runs", "--out", out));
        assertThat(runs.exitCode()).isZero();
        List<RunSummary> recorded = RunStore.in(out).list();
        assertThat(recorded).hasSize(4);
        for (RunSummary r : recorded) assertThat(runs.out()).contains(r.id());
        assertThat(runs.out()).contains("首次检查", recorded.get(0).rulesVersion());
        assertThat(recorded.get(3).comparedTo()).isEqualTo(first);
        assertThat(recorded.get(1).errors()).isEqualTo(recorded.get(0).errors() + 2);
    }

    @Test
    void anUnknownRunToCompareWithStopsBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        CheckerRun run = CheckerRun.of(CheckerRun.args("check", SEED_001, "--out", out, "--compare-to", "20000101-000000"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("找不到检查记录", "./checker runs");
        assertThat(out.resolve("findings.json")).doesNotExist();
    }

    @Test
    void movingAFindingsLineKeepsItStillOpen() throws Exception {
        Path in = copySeeds();
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        JsonNode before = CheckerRun.report(CheckerRun.json(out), "002.txt");
        Files.writeString(in.resolve("002.txt"), "\n\n\n\n\n" + Files.readString(in.resolve("002.txt")));
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));

        JsonNode after = CheckerRun.report(CheckerRun.json(out), "002.txt");
        JsonNode lined = null;
        for (JsonNode f : after.get("findings")) if (!f.get("location").get("line").isNull()) lined = f;
        assertThat(lined).isNotNull();
        int line = lined.get("location").get("line").asInt();
        boolean moved = false;
        for (JsonNode f : before.get("findings")) {
            if (f.get("rule").equals(lined.get("rule")) && f.get("location").get("line").asInt() == line - 5) moved = true;
        }
        assertThat(moved).as("the finding moved down five lines").isTrue();
        assertThat(CheckerRun.statuses(after)).allMatch(s -> s.endsWith(" 仍存在"));
        assertThat(after.get("fixed")).isEmpty();
    }

    @Test
    void aReportNotCheckedAgainIsNotCountedAsFixed() throws Exception {
        Path in = copySeeds();
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out));
        CheckerRun.of(CheckerRun.args("check", in.resolve("001.txt"), "--out", out));

        JsonNode json = CheckerRun.json(out);
        assertThat(json.get("reports")).hasSize(1);
        assertThat(CheckerRun.report(json, "001.txt").get("fixed")).isEmpty();
        assertThat(RunStore.in(out).list().get(1).fixed()).isZero();
        try (XSSFWorkbook wb = CheckerRun.workbook(out.resolve("summary.xlsx"))) {
            assertThat(text(wb.getSheet("变化"))).contains("与上次检查相比，没有新增或已整改的问题。");
        }
    }

    @Test
    void formatJsonWritesNoWorkbooksButStillRecordsTheRunAndQuietPrintsOnlyTheSummary() throws Exception {
        Path out = dir.resolve("out");
        CheckerRun run = CheckerRun.of(CheckerRun.args("check", SEED_001, "--out", out, "--format", "json", "--quiet"));
        assertThat(out.resolve("findings.json")).exists();
        assertThat(out.resolve("summary.xlsx")).doesNotExist();
        assertThat(out.resolve("南关区教育局.xlsx")).doesNotExist();
        assertThat(RunStore.in(out).list()).hasSize(1);
        assertThat(run.out()).doesNotContain("001_e4a3f774cb655e90.txt  南关区教育局").contains("已检查 1 个文件", "首次检查");

        CheckerRun bad = CheckerRun.of(CheckerRun.args("check", SEED_001, "--out", out, "--format", "pdf"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("不支持的输出格式");
    }

    private Path copySeeds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED_001, in.resolve("001.txt"));
        Files.copy(SEED_002, in.resolve("002.txt"));
        return in;
    }

    /** Every string cell of a sheet. */
    static List<String> text(XSSFSheet sheet) {
        List<String> all = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) all.add(cell.getStringCellValue());
        }));
        return all;
    }
}
