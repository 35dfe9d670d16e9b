package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers beyond any plausible count (ten billion and up, see parse.CellValue) are CELL_MALFORMED: never a rule
 * that throws, never a report called unreadable, never a formula error in a workbook.
 */
class AbsurdNumbersTest {

    static final Path SEED = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final String DIGITS_27 = "1" + "0".repeat(26);
    static final String DIGITS_400 = "9".repeat(400);

    @Test
    void absurdCellsInTablesTwoAndThreeAreMalformedAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED));
        // line 30: a table 二 count; line 81: table 三, 本年新收 / 自然人 (see the seed)
        assertThat(lines.get(80).strip()).isEqualTo("2");
        lines.set(29, "\t" + DIGITS_27);
        lines.set(80, "\t" + DIGITS_27);
        Files.write(in.resolve("27.txt"), lines);
        lines.set(80, "\t" + DIGITS_400);
        Files.write(in.resolve("400.txt"), lines);
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", out.toString(), "-q");

        JsonNode json = CheckRunner.findings(out);
        for (String file : List.of("27.txt", "400.txt")) {
            JsonNode r = CheckRunner.report(json, file);
            assertThat(r.get("agency").asText()).as(file).isEqualTo("南关区教育局");
            assertThat(CheckRunner.rules(r)).as(file).contains("CELL_MALFORMED", "SECTION_ORDER")
                    .doesNotContain("INPUT_UNREADABLE", "T3_ROW_TOTAL", "T3_BALANCE", "RULE_FAILED");
            long malformed = CheckRunner.rules(r).stream().filter("CELL_MALFORMED"::equals).count();
            assertThat(malformed).as(file).isEqualTo(2);
        }
        assertThat(run.exitCode()).isZero();
        // the workbook shows what was written, as text: no number Excel cannot show
        try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("南关区教育局.xlsx").toFile())) {
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.NUMERIC) assertThat(Double.isFinite(c.getNumericCellValue())).isTrue();
                        if (c.getCellType() == CellType.NUMERIC) assertThat(c.getNumericCellValue()).isLessThan(1e10);
                        if (c.getCellType() == CellType.STRING) texts.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains(DIGITS_27);
        }
    }

    @Test
    void theLargestPlausibleNumberIsStillANumber(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED));
        lines.set(29, "\t9999999999");
        Files.write(in.resolve("big.txt"), lines);
        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q", "--format", "json");
        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "big.txt");
        assertThat(CheckRunner.rules(r)).doesNotContain("CELL_MALFORMED");
    }

    @Test
    void theBoundIsASettingOfficersCanLower(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("implausibleFrom: 10000000000", "implausibleFrom: 1000000"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED));
        lines.set(29, "\t2000000");
        Files.write(in.resolve("big.txt"), lines);

        CheckRunner.run("check", in.toString(), "--rules", rules.toString(), "--out", dir.resolve("out").toString(), "-q",
                "--format", "json");

        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "big.txt");
        assertThat(CheckRunner.rules(r)).containsOnlyOnce("CELL_MALFORMED");
        JsonNode malformed = null;
        for (JsonNode f : r.get("findings")) if (f.get("rule").asText().equals("CELL_MALFORMED")) malformed = f;
        assertThat(malformed.get("actual").asText()).contains("2000000");
        assertThat(malformed.get("table").asText()).isEqualTo("表二");
    }

    @Test
    void aBoundOutsideTheRangeIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("implausibleFrom: 10000000000", "implausibleFrom: 1e30"));

        CheckRunner.Run run = CheckRunner.run("rules", "check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("implausibleFrom").contains(settings + ":");
    }
}
