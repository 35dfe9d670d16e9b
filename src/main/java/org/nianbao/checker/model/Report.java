package org.nianbao.checker.model;

import java.time.LocalDate;

/**
 * The identity of one checked file: who published it, for which year, in which format. One per input file,
 * also for files that could not be read ({@code readable == false}).
 *
 * @param recognised the parser found at least one of the six sections or one of the three tables
 * @param template   "2019" or "2021": the format whose table labels the report uses (by year when no labels)
 * @param agencySource where the agency name came from: "标题", "落款" or null
 * @param yearSource   where the year came from: "标题", "统计期限", "正文", "落款日期" or null
 */
public record Report(
        String file,
        String fileName,
        SourceFormat format,
        boolean readable,
        boolean recognised,
        String agency,
        String agencySource,
        AgencyKind agencyKind,
        Integer year,
        String yearSource,
        String template,
        String title,
        Location titleLocation,
        LocalDate issueDate,
        Location issueDateLocation,
        Integer pages) {

    public static Report unreadable(String file, String fileName, SourceFormat format, Integer pages) {
        return new Report(file, fileName, format, false, false, null, null, AgencyKind.UNKNOWN, null, null,
                null, null, null, null, null, pages);
    }
}
