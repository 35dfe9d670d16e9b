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

    /**
     * Text, except: "stuck*.txt" is read for ever and "slow*.txt" for two seconds, both deaf to interrupts (as a
     * parser looping inside a page would be); "late*.txt" fails as damaged after 1.5 s; "bad*.txt" fails with an
     * Error no reader expects.
     */
    private static final class TroubleReader implements ReportReader {
        final AtomicBoolean release = new AtomicBoolean();
        final TextReader text = new TextReader();

        @Override
        public SourceFormat format() {
            return SourceFormat.TXT;
        }

        @Override
        public Document read(Path file) throws IOException, org.nianbao.checker.model.UnreadableInputException {
            String name = file.getFileName().toString();
            if (name.startsWith("stuck")) {
                while (!release.get()) Thread.onSpinWait();
            } else if (name.startsWith("slow")) {
                long end = System.nanoTime() + 2_000_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
            } else if (name.startsWith("late")) {
                long end = System.nanoTime() + 1_500_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
                throw new IOException("damaged");
            } else if (name.startsWith("bad")) {
                throw new NoClassDefFoundError("org/example/Missing");
            }
            return text.read(file);
        }
    }

    private static RuleSetup setup;

    @org.junit.jupiter.api.BeforeAll
    static void rules() throws Exception {
        setup = RuleSetup.load(Path.of("rules"), new PrintWriter(new StringWriter()));
    }

    private static ReportPipeline pipeline(TroubleReader reader) {
        return new ReportPipeline(new Readers(List.of(reader)), new ReportParser(setup.settings().parser()),
                new ReportChecker(setup.rules(), setup.settings()), new Limits(30L << 20, Duration.ofSeconds(1)));
    }

    private static List<Path> copies(Path dir, String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) files.add(Files.copy(Path.of("reports-in/001_e4a3f774cb655e90.txt"), dir.resolve(n)));
        return files;
    }

    /** The files on {@code workers} workers, as a run checks them (nothing read ahead, no copies, no history). */
    private static List<CheckedReport> checkAll(ReportPipeline pipeline, RuleSetup rules, int workers, List<Path> files,
                                                java.util.function.Consumer<CheckedReport> collected) throws InterruptedException {
        return new ParallelChecks(pipeline, rules.settings(), workers).checkAll(files, new java.util.HashMap<>(), Map.of(),
                new TableDetail(pipeline, 100), new RunMemory(null), collected);
    }

    private static void checkedNormally(CheckedReport r) {
        assertThat(r.report().agency()).isEqualTo("南关区教育局");
        assertThat(r.findings()).extracting(Finding::rule).doesNotContain("INPUT_UNREADABLE", "RULE_FAILED");
    }

    @Test
    @Timeout(30)   // without a replacement worker the run would wait for the stuck one for ever
    void aFileThatNeverFinishesReadingIsGivenUpAndTheOnlyWorkerIsReplaced(@TempDir Path dir) throws Exception {
        TroubleReader reader = new TroubleReader();
        ReportPipeline pipeline = pipeline(reader);
        List<Path> files = copies(dir, "stuck.txt", "a.txt", "b.txt");
        List<CheckedReport> seen = new ArrayList<>();
        try {
            List<CheckedReport> results = checkAll(pipeline, setup, 1, files, seen::add);

            assertThat(results).hasSize(3);
            Finding gaveUp = results.get(0).findings().get(0);
            assertThat(gaveUp.rule()).isEqualTo("INPUT_UNREADABLE");
            assertThat(gaveUp.evidence()).contains("处理时间超过上限 1 秒");
            // the two files after it were checked by a worker started in place of the stuck one
            results.subList(1, 3).forEach(ParallelChecksTest::checkedNormally);
            assertThat(seen).hasSize(3);
        } finally {
            reader.release.set(true);
        }
    }

    @Test
    @Timeout(30)
    void aFileReadPastItsTimeIsGivenUpEvenWhenItsReadingEndsBeforeItIsCollected(@TempDir Path dir) throws Exception {
        ReportPipeline pipeline = pipeline(new TroubleReader());
        List<Path> files = copies(dir, "first.txt", "slow.txt");
        // while the first report is being collected, the second is read in 2 s and goes on to its rules
        List<CheckedReport> results = checkAll(pipeline, setup, 2, files, r -> {
                    if (r.report().fileName().equals("first.txt")) sleep(3000);
                });

        checkedNormally(results.get(0));
        assertThat(results.get(1).findings()).extracting(Finding::rule).containsExactly("INPUT_UNREADABLE");
        assertThat(results.get(1).findings().get(0).evidence()).contains("处理时间超过上限 1 秒");
    }

    @Test
    @Timeout(30)
    void aReadThatFailsAfterItsTimeIsTheTimeLimitWhateverTheCollectingThreadIsDoing(@TempDir Path dir) throws Exception {
        ReportPipeline pipeline = pipeline(new TroubleReader());
        for (long busy : new long[] {0, 3000}) {
            List<Path> files = copies(Files.createDirectories(dir.resolve("busy" + busy)), "first.txt", "late.txt");
            List<CheckedReport> results = checkAll(pipeline, setup, 2, files, r -> {
                        if (r.report().fileName().equals("first.txt")) sleep(busy);
                    });
            assertThat(results.get(1).findings()).extracting(Finding::rule).as("busy %d ms", busy).containsExactly("INPUT_UNREADABLE");
            assertThat(results.get(1).findings().get(0).evidence()).as("busy %d ms", busy).contains("处理时间超过上限 1 秒");
        }
    }

    @Test
    @Timeout(30)
    void anUnexpectedErrorWhileReadingIsThatFilesFindingAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        ReportPipeline pipeline = pipeline(new TroubleReader());
        List<Path> files = copies(dir, "bad.txt", "next.txt");
        List<CheckedReport> results = checkAll(pipeline, setup, 1, files, r -> { });

        assertThat(results.get(0).findings()).extracting(Finding::rule).containsExactly("INPUT_UNREADABLE");
        assertThat(results.get(0).findings().get(0).evidence()).contains("NoClassDefFoundError");
        checkedNormally(results.get(1));
        // the same by the one-file route
        assertThat(pipeline.check(files.get(0)).findings().get(0).evidence()).contains("NoClassDefFoundError");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        RuleSetup withSpin = RuleSetup.load(rules, new PrintWriter(new StringWriter()));
        ReportPipeline pipeline = new ReportPipeline(Readers.standard(), new ReportParser(withSpin.settings().parser()),
                new ReportChecker(withSpin.rules(), withSpin.settings()), new Limits(30L << 20, Duration.ofSeconds(1)));
        Path seed = Path.of("reports-in/001_e4a3f774cb655e90.txt");
        List<Path> files = List.of(Files.copy(seed, dir.resolve("spin.txt")), Files.copy(seed, dir.resolve("next.txt")));
        List<String> spinningWhenTheNextWasCollected = new ArrayList<>();

        List<CheckedReport> results = checkAll(pipeline, withSpin, 1, files, r -> {
                    if (r.report().fileName().equals("next.txt")) spinningWhenTheNextWasCollected.addAll(spinning());
                });

        CheckedReport r = results.get(0);   // spin.txt
        assertThat(r.report().agency()).isEqualTo("南关区教育局");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("RULE_FAILED");
        assertThat(r.findings().get(0).evidence()).contains("did not return within 1 s");
        checkedNormally(results.get(1));
        // giving the file up interrupted the worker stuck in the action, which let it go while the run went on
        assertThat(spinningWhenTheNextWasCollected).isEmpty();
    }

    /** Workers running the looping action, after a moment to notice an interrupt. */
    private static List<String> spinning() {
        sleep(300);
        return java.util.Arrays.stream(java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> t.getThreadName().startsWith("check-") && t.getThreadState() == Thread.State.RUNNABLE)
                .filter(t -> java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("rules.spin")))
                .map(t -> t.getThreadName()).toList();
    }
}
