package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.ParsedReport;

/**
 * Runs the rules over one report: a clean session with the report's facts and the officers' settings, then the
 * findings the rules inserted, with severity overrides and report-year applicability from the settings applied.
 * Thread-safe: the rule base is shared, sessions are not.
 */
public final class ReportChecker {

    private final CheckerSettings settings;
    /**
     * Sessions are reused: dispose() resets one and returns it here. Creating a session per report was a third of
     * the rules' cost (node memories, agenda), more while the JIT is still warming up.
     */
    private final KieSessionsPool sessions;

    public ReportChecker(RuleBase rules, CheckerSettings settings) {
        this.settings = settings;
        this.sessions = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public CheckedReport check(ParsedReport parsed) {
        List<Object> facts = new ArrayList<>(parsed.facts());
        facts.addAll(settings.deadlines());
        List<Finding> kept = run(facts, parsed.report().year());
        kept.sort(order(parsed));
        return new CheckedReport(parsed.withoutSectionText(), kept);
    }

    /**
     * The checks across reports (rules/crossyear.drl): a session with only {@code facts} about this report and
     * others ({@code YearCell}, {@code SimilarText}) and the copy threshold, so no rule about one report fires
     * again. Its findings join the report's, in the same order.
     */
    public CheckedReport checkAcross(CheckedReport report, List<Object> facts) {
        if (facts.isEmpty()) return report;
        List<Object> all = new ArrayList<>(facts);
        all.add(settings.textCopied());
        List<Finding> more = run(all, report.report().year());
        if (more.isEmpty()) return report;
        List<Finding> merged = new ArrayList<>(report.findings());
        merged.addAll(more);
        merged.sort(order(report.parsed()));
        return report.withFindings(merged);
    }

    /** One session over {@code facts}; the findings with the settings' applicability and severities applied. */
    private List<Finding> run(List<Object> facts, Integer year) {
        KieSession session = sessions.newKieSession();
        List<Finding> findings = new ArrayList<>();
        try {
            for (Object fact : facts) session.insert(fact);
            // a rule that keeps re-activating itself (an officer's mistake) is given up at the time limit by
            // interrupting this thread; the filter then lets nothing more fire, so the thread really stops
            session.fireAllRules(match -> !Thread.currentThread().isInterrupted());
            // getObjects is a live view: copy before dispose
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) findings.add((Finding) o);
        } finally {
            session.dispose();
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule() == null || !settings.applies(f.rule(), year)) continue;
            String override = settings.severity().get(f.rule());
            kept.add(override != null ? f.withSeverity(override) : f);
        }
        return kept;
    }

    private static Comparator<Finding> order(ParsedReport parsed) {
        return ORDER.thenComparingInt(f -> cellPosition(parsed, f));
    }

    /** Position of the finding's first cell in its table (row, then column), so a row's findings read left to right. */
    private static int cellPosition(ParsedReport parsed, Finding f) {
        if (f.cellRefs().isEmpty()) return -1;
        String[] ref = f.cellRefs().get(0).split("\\|");
        var table = parsed.table(ref[0]);
        if (table == null) return -1;
        return table.rows().indexOf(ref[1]) * 100 + table.columns().indexOf(ref[2]);
    }

    /** Severity first, then where in the document, then rule ID: the order an officer reads them. */
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::severityRank)
            .thenComparing(f -> f.location() == null || f.location().page() == null ? 0 : f.location().page())
            .thenComparing(f -> f.location() == null || f.location().line() == null ? Integer.MAX_VALUE : f.location().line())
            .thenComparing(Finding::rule);
}
