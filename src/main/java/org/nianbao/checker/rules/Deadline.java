package org.nianbao.checker.rules;

import java.time.LocalDate;

import org.nianbao.checker.model.AgencyKind;

/** When a kind of agency must publish the report for a year: month and day of the following year. */
public record Deadline(AgencyKind agencyKind, int month, int day) {

    public LocalDate dueDate(int reportYear) {
        return LocalDate.of(reportYear + 1, month, day);
    }

    /** "政府部门" or "人民政府（整体）", as a finding names the kind. */
    public String kindZh() {
        return agencyKind == AgencyKind.GOVERNMENT ? "人民政府（整体）" : "政府部门";
    }

    public String kindEn() {
        return agencyKind == AgencyKind.GOVERNMENT ? "government as a whole" : "government department";
    }
}
