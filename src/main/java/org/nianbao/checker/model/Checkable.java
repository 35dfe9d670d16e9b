package org.nianbao.checker.model;

/**
 * A report the rules can check: it was read and recognised as an annual report. Derived by a rule in
 * {@code rules/input.drl} from the {@link Report}, so that the other rules start from one fact instead of each
 * repeating the same guard.
 *
 * @param nationalFormat the national format (2019 trial or 2021) applies: the year is 2019 or later, or unknown.
 *                       Reports for 2018 and earlier predate the six sections and three tables.
 * @param textLayer      every page had a text layer: what is not found is not there. On a scan read by OCR it may
 *                       only not have been recognised, so checks of what is absent stay silent (未能评估 lists it).
 */
public record Checkable(Report report, Integer year, boolean nationalFormat, boolean textLayer) {

    /** The first report year of the national format (国办公开办函〔2019〕60号). */
    public static final int FIRST_FORMAT_YEAR = 2019;

    public static Checkable of(Report report) {
        Integer y = report.year();
        return new Checkable(report, y, y == null || y >= FIRST_FORMAT_YEAR, !report.scanned());
    }
}
