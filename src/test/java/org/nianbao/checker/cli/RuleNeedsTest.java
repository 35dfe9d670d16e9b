package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.RuleBase;

/**
 * The 未能评估 sheet names the checks a missing table blocks from what the rules declare ({@code @needs}), so a
 * check an officer adds is listed too; {@code rules check} refuses a name that is not a table or a known fact.
 */
class RuleNeedsTest {

    /** A provincial check on table 二, as an officer would add it to the rule folder. */
    static final String PROVINCE_DRL = """
            package rules.province;

            import org.nianbao.checker.model.*;
            import org.nianbao.checker.rules.Emit;

            rule "NORMATIVE_NONE_IN_FORCE 现行有效的行政规范性文件为 0"
                @id("NORMATIVE_NONE_IN_FORCE") @severity("INFO") @appliesTo("all") @needs("%s")
                @basis("本省补充要求") @message("现行有效的行政规范性文件为 0 件，请核实")
                @messageEn("No normative document in force") @hint("请核实表二的现行有效件数。")
            when
                Checkable()
                $c : TableCell( table == "T2", row == "NORMATIVE", column == "IN_FORCE", value == 0 )
            then
                insert(Emit.finding(drools).cell($c).build());
            end
            """;

    static Path rulesWith(Path dir, String needs) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, rules.resolve(p.getFileName().toString()));
        }
        Files.writeString(rules.resolve("province.drl"), PROVINCE_DRL.formatted(needs));
        return rules;
    }

    @Test
    void aCheckAnOfficerAddsIsListedWhenTheTableItNeedsIsMissing(@TempDir Path dir) throws Exception {
        Path rules = rulesWith(dir, "T2");
        // the sample with no findings, its table 二 taken out (the section's heading stays)
        String sample = Files.readString(Path.of("rules/tests/samples/good-2024.txt"));
        int from = sample.indexOf("第二十条第（一）项");
        int to = sample.indexOf("三、收到和处理政府信息公开申请情况");
        Path report = Files.writeString(dir.resolve("no-table-2.txt"), sample.substring(0, from) + sample.substring(to));
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", report.toString(), "--rules", rules.toString(), "--out", out.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(CheckRunner.rules(CheckRunner.report(CheckRunner.findings(out), "no-table-2.txt"))).contains("TABLE_MISSING");

        Path workbook;
        try (var files = Files.list(out)) {
            workbook = files.filter(p -> p.toString().endsWith(".xlsx") && !p.endsWith("summary.xlsx")).findFirst().orElseThrow();
        }
        List<String> table2 = row(workbook, "表二 主动公开政府信息情况");
        assertThat(table2).hasSize(3);
        assertThat(table2.get(1)).isEqualTo("报告中未找到该表");
        assertThat(table2.get(2)).startsWith("用到表二的检查：").contains("NORMATIVE_NONE_IN_FORCE", "CELL_BLANK", "DOC_COUNT_DRIFT");
    }

    @Test
    void theShippedRulesDeclareWhatTheirChecksNeed() throws Exception {
        Path rules = Path.of("rules");
        CheckNeeds needs = RuleBase.compile(rules).needs(CheckerSettings.load(rules));
        assertThat(needs.checksNeeding("T3")).containsExactly("CARRY_OVER_MISMATCH", "CELL_BLANK", "CELL_MALFORMED",
                "NEGATIVE_VALUE", "T3_BALANCE", "T3_OUTCOME_TOTAL", "T3_ROW_TOTAL", "TEMPLATE_OUTDATED", "TEXT_TABLE_MISMATCH");
        assertThat(needs.checksNeeding("T4")).containsExactly("CELL_BLANK", "CELL_MALFORMED", "NEGATIVE_VALUE", "T4_TOTAL");
        // FEE_NOT_DISCLOSED and TEMPLATE_OUTDATED are bound to a year by settings.yaml (appliesFrom: 2021), not by @needs
        assertThat(needs.checksNeeding("year")).containsExactly("CARRY_OVER_MISMATCH", "DOC_COUNT_DRIFT", "FEE_NOT_DISCLOSED",
                "PERIOD_NOT_FULL_YEAR", "PRE_2019_REPORT", "PUBLISHED_LATE", "TEMPLATE_OUTDATED");
        assertThat(needs.checksNeeding("issueDate")).containsExactly("PUBLISHED_LATE");
        assertThat(needs.checksNeeding("agencyKind")).containsExactly("PUBLISHED_LATE");
        assertThat(needs.checksNeeding("sections")).containsExactly("SECTION_MISSING", "SECTION_ORDER");
        assertThat(needs.checksNeeding("title")).containsExactly("TITLE_MISSING");
        assertThat(needs.checksNeeding("feeStatement")).containsExactly("FEE_NOT_DISCLOSED");
        assertThat(needs.checksNeeding("periodStatement")).containsExactly("PERIOD_NOT_STATED");
    }

    @Test
    void rulesCheckRefusesANeedThatIsNoTableWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = rulesWith(dir, "T2, 表五");

        CheckRunner.Run run = CheckRunner.run("rules", "check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        List<String> lines = Files.readAllLines(rules.resolve("province.drl"));
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("rule ")).findFirst().orElseThrow()) + 1;
        assertThat(run.err()).contains(rules.resolve("province.drl") + ":" + line + ":")
                .contains("@needs 中「表五」不是可用的名称").contains("T2、T3、T4、year、issueDate、agencyKind");
    }

    /** The cells of the 未能评估 row whose 项目 is {@code item}. */
    private static List<String> row(Path workbook, String item) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("未能评估")) {
                Cell first = r.getCell(0);
                if (first == null || !first.getStringCellValue().equals(item)) continue;
                List<String> cells = new ArrayList<>();
                for (Cell c : r) cells.add(c.getStringCellValue());
                return cells;
            }
        }
        throw new AssertionError("no 未能评估 row for " + item);
    }
}
