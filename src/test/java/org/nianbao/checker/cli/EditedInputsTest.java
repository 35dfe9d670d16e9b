package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an officer does to see the checker react: edit a seed, add a broken file, edit the rules. */
class EditedInputsTest {

    static final Path SEED_001 = Path.of("reports-in/001_e4a3f774cb655e90.txt");

    @Test
    void raisingNewApplicationsInSeed001BreaksTheBalanceOfThoseTwoColumns(@TempDir Path dir) throws Exception {
        String text = Files.readString(SEED_001);
        // 一、本年新收: 自然人 2 → 3 and 总计 2 → 3 (one cell per line in this layout)
        String row = "\t一、本年新收政府信息公开申请数量\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n";
        assertThat(text).contains(row);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("001.txt"), text.replace(row, row.replace("\t2\n\t0", "\t3\n\t0").replace("\t0\n\t2\n", "\t0\n\t3\n")));

        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        JsonNode r = CheckRunner.findings(dir.resolve("out")).get("reports").get(0);
        List<JsonNode> balance = new java.util.ArrayList<>();
        for (JsonNode f : r.get("findings")) if (f.get("rule").asText().equals("T3_BALANCE")) balance.add(f);

        assertThat(balance).extracting(f -> f.get("cell").asText()).containsExactly("列：自然人", "列：总计");
        for (JsonNode f : balance) {
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("expected").asText()).isEqualTo("3");   // 一 + 二 = 3 + 0
            assertThat(f.get("actual").asText()).isEqualTo("2");     // 三(七) + 四 = 1 + 1
            assertThat(f.get("table").asText()).isEqualTo("表三");
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(CheckRunner.rules(r)).doesNotContain("T3_ROW_TOTAL", "T3_OUTCOME_TOTAL");
    }

    @Test
    void theUneditedSeed001BalancesSoTheFindingGoesAway(@TempDir Path dir) throws Exception {
        CheckRunner.Run run = CheckRunner.run("check", SEED_001.toString(), "--out", dir.toString());
        JsonNode r = CheckRunner.findings(dir).get("reports").get(0);
        assertThat(CheckRunner.rules(r)).noneMatch(id -> id.startsWith("T3_"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anUnreadableFileIsAFindingAndTheOtherReportsAreStillChecked(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED_001, in.resolve("a-good.txt"));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 0, 7});
        byte[] notText = new byte[600];
        for (int i = 0; i < notText.length; i++) notText[i] = (byte) (0x80 + (i * 7) % 0x7f);
        Files.write(in.resolve("d-undecodable.txt"), notText);

        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        JsonNode json = CheckRunner.findings(dir.resolve("out"));
        assertThat(json.get("reports")).hasSize(4);
        assertThat(CheckRunner.rules(CheckRunner.report(json, "a-good.txt"))).contains("SECTION_ORDER");
        JsonNode empty = CheckRunner.report(json, "b-empty.txt");
        assertThat(CheckRunner.rules(empty)).containsExactly("INPUT_UNREADABLE");
        assertThat(empty.get("findings").get(0).get("evidence").asText()).contains("文件为空");
        assertThat(CheckRunner.rules(CheckRunner.report(json, "c-binary.txt"))).containsExactly("INPUT_UNREADABLE");
        assertThat(CheckRunner.rules(CheckRunner.report(json, "d-undecodable.txt"))).containsExactly("INPUT_UNREADABLE");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void deletingARuleFileRemovesItsFindingsWithoutARebuild(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.delete(rules.resolve("statements.drl"));
        // settings.yaml may name only rules that exist (it is read strictly): its line for the fee rule goes too
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("  FEE_NOT_DISCLOSED: 2021\n", ""));
        CheckRunner.Run run = CheckRunner.run("check", "reports-in", "--rules", rules.toString(), "--out", dir.resolve("out").toString());
        JsonNode json = CheckRunner.findings(dir.resolve("out"));
        assertThat(CheckRunner.rules(CheckRunner.report(json, "002_ced1e3ba6e50580e.txt")))
                .doesNotContain("FEE_NOT_DISCLOSED", "PERIOD_NOT_STATED").contains("SECTION_ORDER");
        assertThat(CheckRunner.rules(CheckRunner.report(json, "001_e4a3f774cb655e90.txt"))).doesNotContain("DATE_MISSING");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aBrokenRuleStopsTheRunWithFileAndLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Path file = rules.resolve("identity.drl");
        String original = Files.readString(file);
        String broken = original.replace("when\n    Checkable( textLayer, report.title == null )", "whenn\n    Checkable( textLayer, report.title == null )");
        assertThat(broken).isNotEqualTo(original);
        Files.writeString(file, broken);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("findings.json"), "previous run");

        CheckRunner.Run run = CheckRunner.run("check", "reports-in", "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("identity.drl:").doesNotContain("at org.");
        assertThat(run.err()).containsPattern("identity\\.drl:\\d+: ");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("findings.json");
        }
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("previous run");
    }

    @Test
    void aMissingInputOrUnwritableOutputIsExitTwo(@TempDir Path dir) throws Exception {
        assertThat(CheckRunner.run("check", dir.resolve("nope").toString(), "--out", dir.toString()).exitCode()).isEqualTo(2);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CheckRunner.Run run = CheckRunner.run("check", SEED_001.toString(), "--out", file.resolve("sub").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("输出文件夹不可写");
    }

    static Path copyRules(Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, rules.resolve(p.getFileName().toString()));
        }
        return rules;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
