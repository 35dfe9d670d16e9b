package org.nianbao.checker.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules over one report: a clean session with the report's facts and the officers' settings, then the
 * findings the rules inserted, with severity overrides and report-year applicability from the settings applied.
 * A rule that fails (throws, inserts more than {@value #MAX_FACTS_PER_RULE} facts, or keeps firing past the time
 * limit) becomes a RULE_FAILED finding naming it, and the other rules' findings are kept (see {@link RuleFailure}).
 * Thread-safe: the rule base is shared, sessions are not.
 */
public final class ReportChecker {

    /**
     * Facts one rule may insert while checking one report. A report has a few hundred facts and the rules insert a
     * few dozen; a rule inserting millions (an officer's mistake) used to fill the memory.
     */
    static final int MAX_FACTS_PER_RULE = 50_000;
    /** Rules whose conditions throw on one report are taken out for that report; more than this and it stops. */
    private static final int MAX_RULES_TAKEN_OUT = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ReportChecker.class);
    /** Rules already reported on the console in this process: one warning per rule, the rest in the log file. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    /** How Drools names the rule whose condition threw: "… in [Rule "NAME" in rules/file.drl]". */
    private static final Pattern CONDITION_RULE = Pattern.compile("Rule \"(.+?)\" in ([^\\]]+)\\]");

    private final RuleBase rules;
    private final CheckerSettings settings;
    /**
     * Sessions are reused: dispose() resets one and returns it here. Creating a session per report was a third of
     * the rules' cost (node memories, agenda), more while the JIT is still warming up.
     */
    private final KieSessionsPool sessions;
    /** Sessions of the rule base without rules whose conditions threw, by those rules' names; made when needed. */
    private final Map<Set<String>, KieSessionsPool> withoutRules = new ConcurrentHashMap<>();

    public ReportChecker(RuleBase rules, CheckerSettings settings) {
        this.rules = rules;
        this.settings = settings;
        this.sessions = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The report's findings, with no time limit of its own (the caller may interrupt the thread). */
    public CheckedReport check(ParsedReport parsed) {
        return check(parsed, null);
    }

    /** The report's findings; rules still firing after {@code timeLimit} are stopped and reported as RULE_FAILED. */
    public CheckedReport check(ParsedReport parsed, Duration timeLimit) {
        List<Object> facts = new ArrayList<>(parsed.facts());
        facts.addAll(settings.deadlines());
        List<Finding> kept = run(facts, parsed.report().year(), timeLimit);
        kept.sort(FindingOrder.of(parsed));
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
        List<Finding> more = run(all, report.report().year(), null);
        if (more.isEmpty()) return report;
        List<Finding> merged = new ArrayList<>(report.findings());
        merged.addAll(more);
        merged.sort(FindingOrder.of(report.parsed()));
        return report.withFindings(merged);
    }

    /**
     * One session over {@code facts} (again without a rule whose condition threw); the findings with the failures
     * named and the settings' applicability and severities applied.
     */
    private List<Finding> run(List<Object> facts, Integer year, Duration timeLimit) {
        long deadline = timeLimit == null ? Long.MAX_VALUE : System.nanoTime() + timeLimit.toNanos();
        Set<String> takenOut = new LinkedHashSet<>();
        List<RuleFailure> failures = new ArrayList<>();
        Session s = fire(sessions, facts, deadline);
        while (s.conditionFailure != null && takenOut.size() < MAX_RULES_TAKEN_OUT && takenOut.add(s.conditionFailure.ruleName())) {
            failures.add(s.conditionFailure);
            KieSessionsPool pool = poolWithout(Set.copyOf(takenOut));
            if (pool == null) break;
            s = fire(pool, facts, deadline);
        }
        if (s.conditionFailure != null && !failures.contains(s.conditionFailure)) failures.add(s.conditionFailure);
        failures.addAll(s.failures);

        Set<String> untrusted = new LinkedHashSet<>();
        for (RuleFailure f : failures) if (f.kind() == RuleFailure.Kind.FACT_LIMIT && f.ruleId() != null) untrusted.add(f.ruleId());
        // a rule stopped at its fact limit flooded the session: what it reported is not kept; and a finding made
        // again and again by a loop (the same rule, cell, text and place) is one finding
        List<Finding> made = new ArrayList<>(s.findings.size() + failures.size());
        for (Finding f : s.findings) if (!untrusted.contains(f.rule())) made.add(f);
        Set<String> named = new LinkedHashSet<>();
        for (RuleFailure f : failures) if (named.add(f.ruleName())) made.add(f.toFinding());
        List<Finding> findings = distinct(made);

        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule() == null || !settings.applies(f.rule(), year)) continue;
            Severity override = settings.severity().get(f.rule());
            kept.add(override != null ? f.withSeverity(override) : f);
        }
        return kept;
    }

    /**
     * Each finding once, in order. A report's handful are compared pairwise (they differ in their rule first);
     * hashing one hashes all its text, which cost more than the comparisons.
     */
    private static List<Finding> distinct(List<Finding> all) {
        if (all.size() > 16) return new ArrayList<>(new LinkedHashSet<>(all));
        List<Finding> out = new ArrayList<>(all.size());
        for (Finding f : all) if (!out.contains(f)) out.add(f);
        return out;
    }

    /** What one session gave: its findings, the failures it recorded, and a rule whose conditions threw (or null). */
    private record Session(List<Finding> findings, List<RuleFailure> failures, RuleFailure conditionFailure) {
    }

    private Session fire(KieSessionsPool pool, List<Object> facts, long deadline) {
        KieSession session = pool.newKieSession();
        Guard guard = new Guard(deadline);
        session.addEventListener(guard);
        boolean healthy = false;
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        RuleFailure conditionFailure = null;
        try {
            for (Object fact : facts) session.insert(fact);
            session.fireAllRules(guard);
            healthy = true;
        } catch (RuntimeException e) {
            // a condition threw (a constraint, a function it calls): the session cannot go on past it
            conditionFailure = conditionFailure(e);
            logFailure(conditionFailure, e);
        } finally {
            // getObjects is a live view: copy before dispose
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) findings.add((Finding) o);
            for (Object o : session.getObjects(new ClassObjectFilter(RuleFailure.class))) failures.add((RuleFailure) o);
            session.removeEventListener(guard);
            if (healthy) session.dispose();
            else session.destroy(); // not back into the pool in an unknown state
        }
        if (guard.timedOut()) failures.add(guard.timeFailure());
        failures.sort(Comparator.comparing(RuleFailure::ruleFile).thenComparing(RuleFailure::ruleName));
        return new Session(findings, failures, conditionFailure);
    }

    /** The failure of a session that threw out of the engine, naming the rule when Drools says which it was. */
    private RuleFailure conditionFailure(RuntimeException e) {
        String detail = RuleFailureHandler.describe(e);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : CONDITION_RULE.matcher(t.getMessage());
            if (m != null && m.find()) {
                String name = m.group(1);
                for (var r : rules.rules()) {
                    if (r.getName().equals(name)) return RuleFailure.of(r, RuleFailure.Kind.EXCEPTION, "condition: " + detail);
                }
                return new RuleFailure(name, null, RuleFailure.stripFolder(m.group(2)), RuleFailure.Kind.EXCEPTION, "condition: " + detail);
            }
        }
        return new RuleFailure("（未能确定）", null, "（未能确定）", RuleFailure.Kind.EXCEPTION, detail);
    }

    /** Sessions of the rule base without {@code names}, compiled on first need; null if that cannot be done. */
    private KieSessionsPool poolWithout(Set<String> names) {
        return withoutRules.computeIfAbsent(names, n -> {
            try {
                LOG.info("compiling the rules without {} for the reports on which their conditions throw", n);
                return rules.without(n).kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
            } catch (RuleCompilationException | RuntimeException e) {
                LOG.warn("could not compile the rules without {}", n, e);
                return null;
            }
        });
    }

    /** Tells the officer once per rule on the console, and every time in checker.log. */
    static void logFailure(RuleFailure f, Throwable cause) {
        if (WARNED.add(f.ruleFile() + "|" + f.ruleName())) {
            LOG.warn("规则「{}」（{}）运行出错，已报告为 RULE_FAILED / rule failed: {}", f.ruleName(), f.ruleFile(), f.detail());
        }
        LOG.info("rule \"{}\" in {} failed: {}", f.ruleName(), f.ruleFile(), f.detail(), cause);
    }

    /**
     * Watches one session: lets a rule fire only while the report is within its time and the rule has not failed,
     * counts each rule's firings (to name the one that ran away) and the facts each rule inserts (to stop one at
     * {@link #MAX_FACTS_PER_RULE}).
     */
    private static final class Guard implements AgendaFilter, RuleRuntimeEventListener {
        private final long deadline;
        private final Set<String> failed = new LinkedHashSet<>();
        private final Map<String, int[]> inserted = new HashMap<>();
        private final Map<org.kie.api.definition.rule.Rule, int[]> fired = new HashMap<>();
        private final Map<org.kie.api.definition.rule.Rule, int[]> updated = new HashMap<>();
        private boolean timedOut;

        Guard(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public boolean accept(org.kie.api.runtime.rule.Match match) {
            // a rule that keeps re-activating itself (an officer's mistake) is given up at the time limit, or when
            // the thread is interrupted; the filter then lets nothing more fire, so the thread really stops
            if (timedOut || Thread.currentThread().isInterrupted() || System.nanoTime() > deadline) {
                timedOut = true;
                return false;
            }
            var rule = match.getRule();
            if (failed.contains(rule.getName())) return false;
            fired.computeIfAbsent(rule, r -> new int[1])[0]++;
            return true;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof RuleFailure f) {
                failed.add(f.ruleName());
                return;
            }
            var rule = event.getRule();
            if (rule == null) return;
            if (++inserted.computeIfAbsent(rule.getName(), r -> new int[1])[0] > MAX_FACTS_PER_RULE) {
                throw new RuleFailureHandler.FactLimitExceeded(RuleFailure.of(rule, RuleFailure.Kind.FACT_LIMIT,
                        "inserted more than " + MAX_FACTS_PER_RULE + " facts for one report"));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // a rule re-activates itself (and the rules that share its facts) by updating what it matched
            if (event.getRule() != null) updated.computeIfAbsent(event.getRule(), r -> new int[1])[0]++;
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
        }

        boolean timedOut() {
            return timedOut;
        }

        /**
         * The rule that kept re-activating itself when the time ran out: the one that updated facts most (an update
         * makes every rule on that fact fire again, so firings alone would name its innocent neighbours), else the
         * one that fired most.
         */
        RuleFailure timeFailure() {
            var busiest = (updated.isEmpty() ? fired : updated).entrySet().stream()
                    .max(Map.Entry.comparingByValue(Comparator.comparingInt(a -> a[0])));
            if (busiest.isEmpty()) {
                return new RuleFailure("（未能确定）", null, "（未能确定）", RuleFailure.Kind.TIME_LIMIT, "the time limit was reached");
            }
            var rule = busiest.get().getKey();
            return RuleFailure.of(rule, RuleFailure.Kind.TIME_LIMIT, "still firing at the time limit (fired "
                    + fired.getOrDefault(rule, new int[1])[0] + " times, updated facts " + updated.getOrDefault(rule, new int[1])[0] + " times)");
        }
    }
}
