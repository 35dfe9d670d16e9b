package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule an officer wrote that re-activates itself for ever: it is stopped at the time limit and named
 * (RULE_FAILED), the run goes on, and the thread that ran the rules stops instead of spinning for the rest of the run.
 */
class RunawayRuleTest {

    @Test
    void aSelfRepeatingRuleIsStoppedAtTheTimeLimit(@TempDir Path dir) throws Exception {
        Path rules = EditedInputsTest.copyRules(dir);
        Files.writeString(rules.resolve("loop.drl"), """
                package rules.loop;
                import org.nianbao.checker.model.*;

                rule "LOOP_FOREVER 自我重复的规则"
                    @id("LOOP_FOREVER") @severity("INFO") @appliesTo("all") @basis("测试") @message("循环")
                    @messageEn("loop") @hint("无")
                when
                    $r : Report()
                then
                    update($r);
                end
                """);
        Path out = dir.resolve("out");
        CheckRunner.Run run = CheckRunner.run("check", "reports-in/001_e4a3f774cb655e90.txt", "--rules", rules.toString(),
                "--out", out.toString(), "--format", "json", "--max-seconds", "2", "-q");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode report = CheckRunner.report(CheckRunner.findings(out), "001_e4a3f774cb655e90.txt");
        // the loop is named and stopped; the report keeps its identity and what the other rules found first
        assertThat(report.get("agency").asText()).isEqualTo("南关区教育局");
        assertThat(CheckRunner.rules(report)).contains("RULE_FAILED").doesNotContain("INPUT_UNREADABLE");
        JsonNode failed = null;
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals("RULE_FAILED")) failed = f;
        assertThat(failed.get("message").asText()).contains("LOOP_FOREVER 自我重复的规则").contains("loop.drl").contains("反复触发");
        assertThat(failed.get("hint").asText()).contains("./checker rules test");

        Thread.sleep(500);
        ThreadInfo[] spinning = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> t.getThreadName().startsWith("check-") && t.getThreadState() == Thread.State.RUNNABLE)
                .filter(t -> Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.drools")))
                .toArray(ThreadInfo[]::new);
        assertThat(spinning).isEmpty();
    }
}
