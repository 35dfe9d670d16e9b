package org.nianbao.checker.crossreport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.nianbao.checker.history.AgencyNames;
import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.NarrativeText;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportMemo;
import org.nianbao.checker.model.SimilarText;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.model.YearCell;
import org.nianbao.checker.rules.CopyThreshold;
import org.nianbao.checker.rules.ReportChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks across reports, once every file of the run is checked: for each report, the same agency's report of
 * the year before (from this run's inputs, else the most recent one in the store) becomes {@link YearCell} facts,
 * and sections copied from another report become {@link SimilarText} facts; the rules in rules/crossyear.drl then
 * judge them in a session of their own, and their findings join the report's.
 */
public final class CrossReportChecks {

    private static final Logger LOG = LoggerFactory.getLogger(CrossReportChecks.class);
    static final String THIS_RUN = "本次检查";

    private CrossReportChecks() {
    }

    /** The earlier report a report is compared with across years. */
    private record Earlier(String file, String fileName, String agency, Integer year, String source, List<TableCell> cells) {
    }

    /** The remembered cells of a report of this run: in its memo, or (once stored) read back from the store. */
    private static List<TableCell> cells(ReportMemo memo, DocumentStore store) throws IOException {
        if (!memo.cells().isEmpty() || memo.content() == null || store == null) return memo.cells();
        return store.cells(memo.content());
    }

    /**
     * @param memos what each report left ({@link CheckedReport#memo}), in the order of {@code results}
     * @return the reports with the findings across reports added, in the same order
     */
    public static List<CheckedReport> run(List<CheckedReport> results, List<ReportMemo> memos, DocumentStore store,
                                          ReportChecker checker, CopyThreshold threshold) throws IOException {
        int n = results.size();
        List<List<Object>> facts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) facts.add(new ArrayList<>());
        long t0 = System.nanoTime();
        int pairs = yearPairs(results, memos, store, facts);
        long t1 = System.nanoTime();
        Map<Integer, List<SimilarText>> copies = copies(results, memos, store, threshold);
        copies.forEach((i, similar) -> facts.get(i).addAll(similar));
        long t2 = System.nanoTime();
        CheckedReport[] out = new CheckedReport[n];
        IntStream.range(0, n).parallel().forEach(i -> out[i] = checker.checkAcross(results.get(i), facts.get(i)));
        LOG.debug("across reports: {} year pair(s) in {} ms, {} report(s) with similar sections in {} ms, rules in {} ms",
                pairs, (t1 - t0) / 1_000_000, copies.size(), (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return List.of(out);
    }

    /** Adds, per report, its remembered cells and those of the same agency's report of the year before. */
    private static int yearPairs(List<CheckedReport> results, List<ReportMemo> memos, DocumentStore store,
                                 List<List<Object>> facts) throws IOException {
        Map<String, List<Integer>> byAgency = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            String key = AgencyNames.key(results.get(i).report().agency());
            if (key != null && results.get(i).report().year() != null) byAgency.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int pairs = 0;
        for (int i = 0; i < results.size(); i++) {
            Report r = results.get(i).report();
            if (r.agency() == null || r.year() == null) continue;
            Earlier before = null;
            int partner = -1;
            for (int j : byAgency.getOrDefault(AgencyNames.key(r.agency()), List.of())) {
                Report o = results.get(j).report();
                if (o.year() == r.year() - 1 && AgencyNames.same(r.agency(), o.agency())) partner = j;
            }
            if (partner >= 0) {
                Report o = results.get(partner).report();
                before = new Earlier(o.file(), o.fileName(), o.agency(), o.year(), THIS_RUN, cells(memos.get(partner), store));
            }
            if (before == null && store != null) {
                Optional<DocumentStore.EarlierReport> stored = store.latest(r.agency(), r.year() - 1);
                if (stored.isPresent()) {
                    DocumentStore.EarlierReport e = stored.get();
                    before = new Earlier(e.file(), e.fileName(), e.agency(), e.year(), "检查记录 " + e.runId(), e.cells());
                }
            }
            if (before == null || before.cells().isEmpty()) continue;
            List<TableCell> own = cells(memos.get(i), store);
            if (own.isEmpty()) continue;
            pairs++;
            List<Object> f = facts.get(i);
            // this year's 结转下年度 and last year's 上年结转 face no other year here: left out, fewer facts per session
            for (TableCell c : own) {
                if (!c.row().equals("CARRIED_OUT")) f.add(YearCell.of(c, true, r.file(), r.fileName(), r.agency(), r.year(), THIS_RUN));
            }
            for (TableCell c : before.cells()) {
                if (c.row().equals("CARRIED_IN")) continue;
                f.add(YearCell.of(c, false, before.file(), before.fileName(), before.agency(), before.year(), before.source()));
            }
        }
        return pairs;
    }

    /** The sections of this run's reports that are similar to another report's, by report index. */
    private static Map<Integer, List<SimilarText>> copies(List<CheckedReport> results, List<ReportMemo> memos,
                                                          DocumentStore store, CopyThreshold threshold) throws IOException {
        if (store == null) return Map.of();
        CopyFinder finder = new CopyFinder(store, threshold);
        Set<String> contents = new HashSet<>();
        Set<Integer> years = new TreeSet<>();
        boolean any = false;
        for (int i = 0; i < results.size(); i++) {
            Report r = results.get(i).report();
            ReportMemo m = memos.get(i);
            if (m.content() == null) continue;
            contents.add(m.content());
            if (r.year() != null && !m.narratives().isEmpty()) {
                years.add(r.year());
                years.add(r.year() - 1);
            }
            for (NarrativeText t : m.narratives()) {
                any = true;
                finder.add(new CopyFinder.Item(i, t.kind(), t.title(), t.location(), t.textHash(), t.minhash(), m.content(),
                        r.file(), r.fileName(), r.agency(), AgencyNames.key(r.agency()), r.year(), THIS_RUN));
            }
        }
        if (!any) return Map.of();
        for (DocumentStore.StoredNarrative s : store.narratives(years)) {
            if (contents.contains(s.content())) continue; // the same document checked again: not a copy of itself
            finder.add(new CopyFinder.Item(-1, s.kind(), s.title(), null, s.textHash(), s.minhash(), s.content(), s.file(),
                    s.fileName(), s.agency(), AgencyNames.key(s.agency()), s.year(), "检查记录 " + s.runId()));
        }
        return finder.find();
    }
}
