package org.nianbao.checker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;

/**
 * Files read ahead while the rules compile are parsed first and checked later: that must give exactly what the
 * one-step check gives, and reused rule sessions must not carry one report's facts into the next.
 */
class ReportPipelineTest {

    private static RuleSetup setup;
    private static List<Path> seeds;

    @BeforeAll
    static void rules() throws Exception {
        setup = RuleSetup.load(Path.of("rules"), new PrintWriter(new StringWriter()));
        try (Stream<Path> s = Files.list(Path.of("reports-in"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
    }

    private static ReportPipeline pipeline(Limits limits) {
        return new ReportPipeline(Readers.standard(), new ReportParser(setup.settings().parser()), null, limits)
                .withChecker(new ReportChecker(setup.rules(), setup.settings()));
    }

    private static List<String> described(CheckedReport r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + f.message() + " " + f.cellRefs()).toList();
    }

    @Test
    void parsingFirstAndCheckingLaterGivesTheSameFindingsAsOneStep() {
        ReportPipeline p = pipeline(Limits.DEFAULT);
        for (Path seed : seeds) {
            ParsedReport parsed = p.parse(seed);
            assertThat(described(p.check(parsed))).as(seed.toString()).isEqualTo(described(p.check(seed)));
        }
        // seed 002 (互助县) has the table-four blanks: the two-step route still finds them at their cells
        CheckedReport huzhu = p.check(p.parse(seeds.get(2)));
        assertThat(huzhu.findings().stream().filter(f -> f.rule().equals("CELL_BLANK")).map(Finding::cellRefs))
                .singleElement().satisfies(refs -> assertThat(refs).hasSize(5).allSatisfy(ref -> assertThat(ref.key()).startsWith("T4|REVIEW|")));
    }

    @Test
    void aFileOverTheSizeLimitIsTheSameFindingByEitherRoute(@TempDir Path dir) throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2 * 1024 * 1024]);
        ReportPipeline p = pipeline(new Limits(1024 * 1024, Duration.ofSeconds(60)));
        CheckedReport oneStep = p.check(big);
        CheckedReport twoSteps = p.check(p.parse(big));
        assertThat(oneStep.findings()).extracting(Finding::rule).containsExactly("INPUT_UNREADABLE");
        assertThat(described(twoSteps)).isEqualTo(described(oneStep));
        assertThat(oneStep.findings().get(0).evidence()).contains("超过上限 1 MB");
    }

    @Test
    void reusedSessionsStartCleanForEveryReportOnEveryThread() throws Exception {
        ReportPipeline p = pipeline(Limits.DEFAULT);
        List<List<String>> once = seeds.stream().map(s -> described(p.check(s))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 4; round++) {
                List<Future<List<String>>> again = seeds.stream().map(s -> pool.submit(() -> described(p.check(s)))).toList();
                for (int i = 0; i < seeds.size(); i++) assertThat(again.get(i).get()).as(seeds.get(i).toString()).isEqualTo(once.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        // 南关区 (001) has only warnings; 乐山市 (000) has its two errors: nothing leaked from one to the other
        assertThat(once.get(1)).noneMatch(f -> f.contains(" ERROR "));
        assertThat(once.get(0)).filteredOn(f -> f.contains(" ERROR ")).hasSize(2);
    }
}
