package org.nianbao.checker.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.nianbao.checker.crossreport.CrossReportChecks;
import org.nianbao.checker.crossreport.MemoMaker;
import org.nianbao.checker.crossreport.RunMemory;
import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.history.HistoryDb;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.rules.RuleBase;
import org.nianbao.checker.rules.ruletest.CaseChecker;

/**
 * Rule-test cases checked exactly as {@code checker check} checks files: the real pipeline per settings, and for a
 * case with reports {@code alongside:}, the checks across reports over them in a history store of its own (a
 * temporary folder), so the case sees nothing of any real output folder.
 */
public final class PipelineCaseChecker implements CaseChecker {

    private final RuleBase rules;
    private final Map<CheckerSettings, ReportPipeline> pipelines = new IdentityHashMap<>();
    private final Map<CheckerSettings, ReportChecker> checkers = new IdentityHashMap<>();

    public PipelineCaseChecker(RuleBase rules) {
        this.rules = rules;
    }

    private ReportChecker checker(CheckerSettings s) {
        return checkers.computeIfAbsent(s, x -> new ReportChecker(rules, x));
    }

    private ReportPipeline pipeline(CheckerSettings s) {
        return pipelines.computeIfAbsent(s, x -> new ReportPipeline(Readers.standard(), new ReportParser(x.parser()), checker(x))
                .withMemos(new MemoMaker(x.textCopied(), true)));
    }

    @Override
    public CheckedReport check(Path file, CheckerSettings settings) {
        return pipeline(settings).check(file).withMemo(null);
    }

    @Override
    public List<CheckedReport> checkTogether(List<Path> files, CheckerSettings settings) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("rule-test-history");
            try (HistoryDb db = HistoryDb.open(scratch)) {
                DocumentStore store = new DocumentStore(db);
                RunMemory memory = new RunMemory(store);
                List<CheckedReport> checked = new ArrayList<>();
                for (Path f : files) checked.add(memory.take(pipeline(settings).check(f)));
                memory.finish();
                return CrossReportChecks.run(checked, memory.memos(), store, checker(settings), settings.textCopied());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
