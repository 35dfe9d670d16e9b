package org.nianbao.checker.crossreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.history.CheckerRun;

/** Section 五 pasted from another agency's report, or kept from last year, is TEXT_COPIED naming the other file. */
class CopiedTextTest {

    @TempDir
    Path dir;

    /** Seed 001's section 五 body (the two paragraphs after its heading). */
    static String section5Of001() throws Exception {
        List<String> lines = Files.readAllLines(YearVersions.SEED_001);
        int at = lines.indexOf("五、存在的主要问题及改进情况");
        assertThat(at).isPositive();
        return lines.get(at + 1) + "\n" + lines.get(at + 2);
    }

    @Test
    void anotherAgencysSectionFivePastedIntoAReportIsCopiedAndNamesTheOtherFile() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(YearVersions.SEED_001, in.resolve("001.txt"));
        String seed002 = Files.readString(YearVersions.SEED_002);
        String own5 = seed002.substring(seed002.indexOf("四、存在的主要问题及改进情况") + "四、存在的主要问题及改进情况".length(),
                seed002.indexOf("五、其他需要报告的事项"));
        YearVersions.write(in, "002-pasted.txt", seed002.replace(own5, "\n\n" + section5Of001() + "\n\n"));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        JsonNode pasted = CheckerRun.report(CheckerRun.json(out), "002-pasted.txt");
        List<JsonNode> copied = CrossYearChecksTest.findings(pasted, "TEXT_COPIED");
        assertThat(copied).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("WARN");
            assertThat(f.get("section").asText()).isEqualTo("五、存在的主要问题及改进情况");
            assertThat(f.get("message").asText()).isEqualTo("第五部分与其他机关同一年度的报告（001.txt）相似度 100%，内容可能照搬");
            assertThat(f.get("evidence").asText()).contains(in.resolve("001.txt").toString(), "南关区教育局", "2024 年度",
                    "最长相同段落：「一是信息公开的社会宣传力度有待加强");
        });
        // the other report is told too: which one copied cannot be known
        assertThat(CrossYearChecksTest.findings(CheckerRun.report(CheckerRun.json(out), "001.txt"), "TEXT_COPIED"))
                .singleElement().satisfies(f -> assertThat(f.get("message").asText()).contains("002-pasted.txt"));
    }

    @Test
    void lastYearsSectionFiveAgainIsCopiedFromTheSameAgencysPreviousYear() throws Exception {
        Path in = dir.resolve("in");
        YearVersions.write(in, "hz-2023.txt", YearVersions.year2023());
        YearVersions.write(in, "hz-2024.txt", YearVersions.year2024(2, 2));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        List<JsonNode> copied = CrossYearChecksTest.findings(CheckerRun.report(CheckerRun.json(out), "hz-2024.txt"), "TEXT_COPIED");
        assertThat(copied).extracting(f -> f.get("section").asText())
                .contains("五、存在的主要问题及改进情况");
        assertThat(copied).allSatisfy(f -> assertThat(f.get("message").asText()).contains("同一机关上一年度", "hz-2023.txt"));
        assertThat(CrossYearChecksTest.findings(CheckerRun.report(CheckerRun.json(out), "hz-2023.txt"), "TEXT_COPIED")).isEmpty();
    }

    @Test
    void theFiveSamplesAgainstEachOtherAreNotCopies() throws Exception {
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", "reports-in", "--out", out, "--format", "json"));
        for (JsonNode r : CheckerRun.json(out).get("reports")) {
            assertThat(CrossYearChecksTest.findings(r, "TEXT_COPIED")).as(r.get("file").asText()).isEmpty();
        }
    }
}
