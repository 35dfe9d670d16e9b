package org.nianbao.checker.rules;

import java.time.LocalDate;

import org.nianbao.checker.model.AgencyKind;

/** When a kind of agency must publish the report for a year: month and day of the following year. */
public record Deadline(AgencyKind agencyKind, int month, int day) {

    public LocalDate dueDate(int reportYear) {
        return LocalDate.of(reportYear + 1, month, day);
    }
}
