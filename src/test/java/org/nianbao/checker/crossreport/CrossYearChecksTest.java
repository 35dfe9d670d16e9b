package org.nianbao.checker.crossreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.history.CheckerRun;
import org.nianbao.checker.history.RunStore;

/**
 * Table 三's 上年结转 of year N against 结转下年度 of N−1, and table 二's documents in force, for one agency's reports
 * of consecutive years made from seed 002: in one run, and with N−1 only in the store from an earlier check.
 */
class CrossYearChecksTest {

    @TempDir
    Path dir;

    static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) out.add(f);
        return out;
    }

    @Test
    void aMismatchedCarryOverIsReportedForItsColumnWithBothValuesAndFiles() throws Exception {
        Path in = dir.resolve("in");
        YearVersions.write(in, "hz-2023.txt", YearVersions.year2023());
        YearVersions.write(in, "hz-2024.txt", YearVersions.year2024(1, 2));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        JsonNode r2024 = CheckerRun.report(CheckerRun.json(out), "hz-2024.txt");
        List<JsonNode> mismatches = findings(r2024, "CARRY_OVER_MISMATCH");
        assertThat(mismatches).extracting(f -> f.get("cell").asText())
                .containsExactly("二、上年结转政府信息公开申请数量 / 自然人", "二、上年结转政府信息公开申请数量 / 总计");
        JsonNode natural = mismatches.get(0);
        assertThat(natural.get("severity").asText()).isEqualTo("WARN");
        assertThat(natural.get("expected").asText()).isEqualTo("2");
        assertThat(natural.get("actual").asText()).isEqualTo("1");
        assertThat(natural.get("evidence").asText()).contains("hz-2024.txt", "上年结转：1", in.resolve("hz-2023.txt").toString(),
                "结转下年度继续办理：2", "本次检查");
        assertThat(natural.get("message").asText()).isEqualTo(
                "表三「自然人」列：上年结转 1 件，而 2023 年度报告（hz-2023.txt）的结转下年度继续办理为 2 件");
        assertThat(findings(r2024, "DOC_COUNT_DRIFT")).isEmpty();
        // the earlier year is not compared with the later one
        assertThat(findings(CheckerRun.report(CheckerRun.json(out), "hz-2023.txt"), "CARRY_OVER_MISMATCH")).isEmpty();
    }

    @Test
    void aConsistentPairGivesNothingAcrossYears() throws Exception {
        Path in = dir.resolve("in");
        YearVersions.write(in, "hz-2023.txt", YearVersions.year2023());
        YearVersions.write(in, "hz-2024.txt", YearVersions.year2024(2, 2));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        JsonNode r2024 = CheckerRun.report(CheckerRun.json(out), "hz-2024.txt");
        assertThat(findings(r2024, "CARRY_OVER_MISMATCH")).isEmpty();
        assertThat(findings(r2024, "DOC_COUNT_DRIFT")).isEmpty();
        assertThat(findings(r2024, "T3_BALANCE")).isEmpty();
    }

    @Test
    void documentsInForceThatDoNotFollowFromLastYearAreAHint() throws Exception {
        Path in = dir.resolve("in");
        YearVersions.write(in, "hz-2023.txt", YearVersions.year2023());
        // 2023: 1 规章 in force; 2024: 1 issued, 0 repealed, but still 1 in force (2 expected)
        YearVersions.write(in, "hz-2024.txt", YearVersions.year2024(2, 1));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        List<JsonNode> drift = findings(CheckerRun.report(CheckerRun.json(out), "hz-2024.txt"), "DOC_COUNT_DRIFT");
        assertThat(drift).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("INFO");
            assertThat(f.get("cell").asText()).isEqualTo("规章 / 现行有效件数");
            assertThat(f.get("expected").asText()).isEqualTo("2");
            assertThat(f.get("actual").asText()).isEqualTo("1");
        });
    }

    @Test
    void aYearWhosePreviousYearIsOnlyInTheStoreIsComparedToo() throws Exception {
        Path out = dir.resolve("out");
        Path last = YearVersions.write(dir.resolve("last-month"), "hz-2023.txt", YearVersions.year2023());
        CheckerRun.of(CheckerRun.args("check", last, "--out", out, "--format", "json"));
        String lastRun = RunStore.in(out).list().get(0).id();

        Path now = YearVersions.write(dir.resolve("this-month"), "hz-2024.txt", YearVersions.year2024(1, 2));
        CheckerRun.of(CheckerRun.args("check", now, "--out", out, "--format", "json"));

        JsonNode r2024 = CheckerRun.report(CheckerRun.json(out), "hz-2024.txt");
        assertThat(CheckerRun.json(out).get("reports")).hasSize(1);
        assertThat(findings(r2024, "CARRY_OVER_MISMATCH")).extracting(f -> f.get("evidence").asText())
                .allSatisfy(e -> assertThat(e).contains(last.toString(), "检查记录 " + lastRun)).hasSize(2);
    }

    @Test
    void withoutCrossChecksNothingIsComparedAcrossReports() throws Exception {
        Path in = dir.resolve("in");
        YearVersions.write(in, "hz-2023.txt", YearVersions.year2023());
        YearVersions.write(in, "hz-2024.txt", YearVersions.year2024(1, 1));
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json", "--no-cross-checks"));

        JsonNode r2024 = CheckerRun.report(CheckerRun.json(out), "hz-2024.txt");
        assertThat(findings(r2024, "CARRY_OVER_MISMATCH")).isEmpty();
        assertThat(findings(r2024, "DOC_COUNT_DRIFT")).isEmpty();
        assertThat(findings(r2024, "TEXT_COPIED")).isEmpty();
    }
}
