package org.nianbao.checker.history;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.Verdict;

/**
 * One recorded run as stored in the run folder: its {@link RunSummary} and, per report checked, every finding
 * with its {@link Fingerprint} and enough detail to list it later as 已整改.
 */
public record RunRecord(RunSummary summary, List<ReportRecord> reports) {

    public RunRecord {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /** The record of this run: {@code changes} is how it compared with the run before (for the summary's counts). */
    public static RunRecord of(String id, RunInfo run, List<CheckedReport> checked, RunChanges changes) {
        return of(id, run, checked, changes, java.util.Map.of());
    }

    /**
     * As {@link #of(String, RunInfo, List, RunChanges)}; {@code contents} gives each report file's content hash
     * (which document it was), so two versions of one agency's report stay apart in the history.
     */
    public static RunRecord of(String id, RunInfo run, List<CheckedReport> checked, RunChanges changes,
                               java.util.Map<String, String> contents) {
        return of(id, run, checked, changes, contents, checked);
    }

    /**
     * As above; the run's counts (passed, errors …) come from {@code counted}, the reports as the agencies see them
     * (without the findings officers set aside as 误报), while {@code checked}, with every finding, is recorded.
     */
    public static RunRecord of(String id, RunInfo run, List<CheckedReport> checked, RunChanges changes,
                               java.util.Map<String, String> contents, List<CheckedReport> counted) {
        List<ReportRecord> reports = new ArrayList<>(checked.size());
        int passed = 0;
        long errors = 0, warnings = 0, infos = 0;
        for (CheckedReport c : checked) reports.add(ReportRecord.of(c, contents.get(c.report().file())));
        for (CheckedReport c : counted) {
            if (c.verdict() == Verdict.PASS) passed++;
            errors += c.count(Severity.ERROR);
            warnings += c.count(Severity.WARN);
            infos += c.count(Severity.INFO);
        }
        String comparedTo = changes.previous() == null ? null : changes.previous().id();
        RunSummary summary = new RunSummary(id, run.generatedAt(), run.rulesVersion(), counted.size(), passed,
                errors, warnings, infos, comparedTo, changes.count(FindingStatus.NEW), changes.count(FindingStatus.FIXED));
        return new RunRecord(summary, reports);
    }

    /**
     * One checked file: who and which year (its {@code key}, see {@link Fingerprint#reportKey}), which document it
     * was ({@code file} and {@code content}, the SHA-256 of its bytes, null when unknown), its verdict as stored
     * ({@link Verdict#label()}) and its findings.
     */
    public record ReportRecord(String file, String fileName, String content, String agency, Integer year, String key,
                               String verdict, List<FindingRecord> findings) {

        public ReportRecord {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        static ReportRecord of(CheckedReport checked, String content) {
            Report r = checked.report();
            List<FindingRecord> findings = new ArrayList<>(checked.findings().size());
            for (Finding f : checked.findings()) findings.add(FindingRecord.of(Fingerprint.of(r, f), f));
            return new ReportRecord(r.file(), r.fileName(), content, r.agency(), r.year(), Fingerprint.reportKey(r),
                    checked.verdict().label(), findings);
        }
    }

    /**
     * A finding as recorded, with its fingerprint; severity and cell references as text, the way the database and
     * the former JSON records hold them ({@link Severity#name()}, {@link CellRef#key()}).
     */
    public record FindingRecord(String fingerprint, String rule, String severity, String section, String table,
                                String cell, String message, String messageEn, String expected, String actual,
                                String evidence, Integer page, Integer line, String basis, String hint,
                                List<String> cellRefs) {

        public FindingRecord {
            cellRefs = cellRefs == null ? List.of() : List.copyOf(cellRefs);
        }

        static FindingRecord of(String fingerprint, Finding f) {
            Location l = f.location() == null ? Location.NONE : f.location();
            return new FindingRecord(fingerprint, f.rule(), f.severity().name(), f.section(), f.table(), f.cell(),
                    f.message(), f.messageEn(), f.expected(), f.actual(), f.evidence(), l.page(), l.line(),
                    f.basis(), f.hint(), f.cellRefs().stream().map(CellRef::key).toList());
        }

        /** What an officer's triage decision on this finding is about: see {@link Fingerprint#triageKey}. */
        public String triageKey() {
            return Fingerprint.triageKey(fingerprint, expected, actual, evidence);
        }

        /**
         * The finding as it was in that run (its location is where it was then). A severity the record does not
         * name reads as INFO, as the workbooks showed such a record before severities were typed.
         */
        public Finding toFinding() {
            Severity s = Severity.parse(severity);
            return new Finding(rule, s == null ? Severity.INFO : s, section, table, cell, message, messageEn, expected,
                    actual, evidence, new Location(page, line), basis, hint, cellRefs.stream().map(CellRef::parse).toList());
        }
    }
}
