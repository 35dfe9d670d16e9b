package org.nianbao.checker.model;

import java.util.List;

/**
 * What a run's outputs are written from: every input file's checked report in input order, the run, how it
 * compares with the previous check, and the officers' triage.
 */
public record RunResults(List<CheckedReport> reports, RunInfo run, RunChanges changes, RunTriage triage) {

    public RunResults {
        reports = List.copyOf(reports);
        if (changes == null) changes = RunChanges.NONE;
        if (triage == null) triage = RunTriage.NONE;
    }
}
