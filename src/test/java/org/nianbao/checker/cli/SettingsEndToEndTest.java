package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken settings.yaml stops every command that uses it; a changed one is a new rules version, and says so. */
class SettingsEndToEndTest {

    static final Path NANGUAN = Path.of("reports-in/001_e4a3f774cb655e90.txt");

    @Test
    void rulesCheckAndCheckRefuseASettingsFileWithMistakes(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings)
                .replace("severity: {}", "severity:\n  PERIOD_NOT_STATED: ERROR\n  PERIOD_NOT_STATED: INFO\n  NO_SUCH_RULE: WARN"));

        CheckRunner.Run rulesCheck = CheckRunner.run("rules", "check", "--rules", rules.toString());
        Path out = dir.resolve("out");
        CheckRunner.Run check = CheckRunner.run("check", NANGUAN.toString(), "--rules", rules.toString(), "--out", out.toString());

        for (CheckRunner.Run run : new CheckRunner.Run[] {rulesCheck, check}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("2 处问题").contains(settings + ":").contains("PERIOD_NOT_STATED").contains("两次")
                    .contains("NO_SUCH_RULE");
        }
        assertThat(Files.exists(out.resolve("findings.json"))).isFalse();
    }

    @Test
    void aComparisonAcrossASettingsChangeSaysTheRulesChanged(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Path out = dir.resolve("out");
        assertThat(CheckRunner.run("check", NANGUAN.toString(), "--rules", rules.toString(), "--out", out.toString(), "-q").exitCode()).isZero();
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("severity: {}", "severity:\n  DATE_MISSING: ERROR"));

        CheckRunner.Run second = CheckRunner.run("check", NANGUAN.toString(), "--rules", rules.toString(), "--out", out.toString(), "-q");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("规则版本已由");
        assertThat(text(out.resolve("南关区教育局.xlsx"))).contains("规则已修改").contains("settings.yaml");
        assertThat(text(out.resolve("summary.xlsx"))).contains("规则已修改");
    }

    /** Every text cell of a workbook, joined. */
    private static String text(Path workbook) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) if (c.getCellType() == CellType.STRING) sb.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
