package org.nianbao.checker.model;

/**
 * What an officer recorded about one finding: a decision (may be null when only a note was written) and a note.
 */
public record Triage(TriageDecision decision, String note) {

    public boolean falseAlarm() {
        return decision == TriageDecision.FALSE_ALARM;
    }
}
