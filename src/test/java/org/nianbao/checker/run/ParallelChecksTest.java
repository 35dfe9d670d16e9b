package org.nianbao.checker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.crossreport.RunMemory;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.read.ReportReader;
import org.nianbao.checker.read.TextReader;
import org.nianbao.checker.rules.ReportChecker;

/**
 * Files are checked on the worker threads themselves and only watched from the thread collecting them: a file whose
 * reading never returns is given up at its time limit with the same finding as before, and the files after it are
 * still checked although the only worker is stuck in it.
 */
class ParallelChecksTest {

    /** Reads "stuck*.txt" for ever, deaf to interrupts (as a parser looping inside a page would); others as text. */
    private static final class StuckReader implements ReportReader {
        final AtomicBoolean release = new AtomicBoolean();
        final TextReader text = new TextReader();

        @Override
        public SourceFormat format() {
            return SourceFormat.TXT;
        }

        @Override
        public Document read(Path file) throws IOException, org.nianbao.checker.model.UnreadableInputException {
            if (file.getFileName().toString().startsWith("stuck")) {
                while (!release.get()) Thread.onSpinWait();
            }
            return text.read(file);
        }
    }

    @Test
    @Timeout(30)   // without a replacement worker the run would wait for the stuck one for ever
    void aFileThatNeverFinishesReadingIsGivenUpAndTheOnlyWorkerIsReplaced(@TempDir Path dir) throws Exception {
        RuleSetup setup = RuleSetup.load(Path.of("rules"), new PrintWriter(new StringWriter()));
        StuckReader stuckReader = new StuckReader();
        ReportPipeline pipeline = new ReportPipeline(new Readers(List.of(stuckReader)), new ReportParser(setup.settings().parser()),
                new ReportChecker(setup.rules(), setup.settings()), new Limits(30L << 20, Duration.ofSeconds(1)));
        Path seed = Path.of("reports-in/001_e4a3f774cb655e90.txt");
        Path stuck = Files.copy(seed, dir.resolve("stuck.txt"));
        List<Path> files = List.of(stuck, Files.copy(seed, dir.resolve("a.txt")), Files.copy(seed, dir.resolve("b.txt")));
        List<CheckedReport> seen = new ArrayList<>();
        try {
            List<CheckedReport> results = new ParallelChecks(pipeline, setup.settings(), 1).checkAll(files, new java.util.HashMap<>(),
                    Map.of(), new TableDetail(pipeline, 100), new RunMemory(null), seen::add);

            assertThat(results).hasSize(3);
            Finding gaveUp = results.get(0).findings().get(0);
            assertThat(gaveUp.rule()).isEqualTo("INPUT_UNREADABLE");
            assertThat(gaveUp.evidence()).contains("处理时间超过上限 1 秒");
            // the two files after it were checked by a worker started in place of the stuck one
            for (CheckedReport r : results.subList(1, 3)) {
                assertThat(r.report().agency()).isEqualTo("南关区教育局");
                assertThat(r.findings()).extracting(Finding::rule).doesNotContain("INPUT_UNREADABLE");
            }
            assertThat(seen).hasSize(3);
        } finally {
            stuckReader.release.set(true);
        }
    }

    @Test
    @Timeout(30)
    void rulesWhoseActionNeverReturnsAreGivenUpAfterTheGraceAndTheReportKeepsItsIdentity(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (var s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, rules.resolve(p.getFileName().toString()));
        }
        // an action that loops inside itself: the checker's own time limit (between firings) cannot stop it
        Files.writeString(rules.resolve("spin.drl"), """
                package rules.spin;
                import org.nianbao.checker.model.*;

                rule "SPIN 不返回的规则"
                    @id("SPIN") @severity("INFO") @appliesTo("all") @basis("测试") @message("循环")
                    @messageEn("spin") @hint("无")
                when
                    $r : Report()
                then
                    if ($r.fileName().startsWith("spin")) {
                        while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
                    }
                end
                """);
        RuleSetup setup = RuleSetup.load(rules, new PrintWriter(new StringWriter()));
        ReportPipeline pipeline = new ReportPipeline(Readers.standard(), new ReportParser(setup.settings().parser()),
                new ReportChecker(setup.rules(), setup.settings()), new Limits(30L << 20, Duration.ofSeconds(1)));
        Path seed = Path.of("reports-in/001_e4a3f774cb655e90.txt");
        List<Path> files = List.of(Files.copy(seed, dir.resolve("spin.txt")), Files.copy(seed, dir.resolve("next.txt")));
        List<String> spinningWhenTheNextWasCollected = new ArrayList<>();

        List<CheckedReport> results = new ParallelChecks(pipeline, setup.settings(), 1).checkAll(files, new java.util.HashMap<>(),
                Map.of(), new TableDetail(pipeline, 100), new RunMemory(null), r -> {
                    if (r.report().fileName().equals("next.txt")) spinningWhenTheNextWasCollected.addAll(spinning());
                });

        CheckedReport r = results.get(0);   // spin.txt
        assertThat(r.report().agency()).isEqualTo("南关区教育局");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("RULE_FAILED");
        assertThat(r.findings().get(0).evidence()).contains("did not return within 1 s");
        assertThat(results.get(1).findings()).extracting(Finding::rule).doesNotContain("RULE_FAILED");
        // giving the file up interrupted the worker stuck in the action, which let it go while the run went on
        assertThat(spinningWhenTheNextWasCollected).isEmpty();
    }

    /** Workers running the looping action, after a moment to notice an interrupt. */
    private static List<String> spinning() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return java.util.Arrays.stream(java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> t.getThreadName().startsWith("check-") && t.getThreadState() == Thread.State.RUNNABLE)
                .filter(t -> java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("rules.spin")))
                .map(t -> t.getThreadName()).toList();
    }
}
