package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A v1 and a corrected v2 of one agency's report for one year keep their own histories: the report's identity in
 * the history is its agency and year plus which document it is (content, else file name).
 */
class TwoVersionsTest {

    @TempDir
    Path dir;

    @Test
    void checkingV1AloneAfterBothComparesItWithV1Only() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(MonthOverMonthTest.SEED_002, in.resolve("002-v1.txt"));
        Files.writeString(in.resolve("002-v2.txt"), MonthOverMonthTest.corrected());
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        CheckerRun.of(CheckerRun.args("check", in.resolve("002-v1.txt"), "--out", out, "--format", "json"));
        JsonNode v1 = CheckerRun.report(CheckerRun.json(out), "002-v1.txt");
        assertThat(CheckerRun.statuses(v1)).isNotEmpty().allMatch(s -> s.endsWith(" 仍存在"));
        // v2 had T3_BALANCE and not PERIOD_NOT_STATED: none of that is v1's change
        assertThat(v1.get("fixed")).isEmpty();
        assertThat(RunStore.in(out).list().get(1).fixed()).isZero();
        assertThat(RunStore.in(out).list().get(1).added()).isZero();
    }

    @Test
    void bothVersionsCheckedAgainEachKeepTheirOwnFindings() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(MonthOverMonthTest.SEED_002, in.resolve("002-v1.txt"));
        Files.writeString(in.resolve("002-v2.txt"), MonthOverMonthTest.corrected());
        Path out = dir.resolve("out");
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));
        // renamed, same contents: matched by content
        Files.move(in.resolve("002-v2.txt"), in.resolve("002-final.txt"));
        CheckerRun.of(CheckerRun.args("check", in, "--out", out, "--format", "json"));

        JsonNode json = CheckerRun.json(out);
        assertThat(CheckerRun.statuses(CheckerRun.report(json, "002-v1.txt"))).allMatch(s -> s.endsWith(" 仍存在"));
        assertThat(CheckerRun.statuses(CheckerRun.report(json, "002-final.txt"))).allMatch(s -> s.endsWith(" 仍存在"));
        assertThat(CheckerRun.report(json, "002-v1.txt").get("fixed")).isEmpty();
        assertThat(CheckerRun.report(json, "002-final.txt").get("fixed")).isEmpty();
    }
}
