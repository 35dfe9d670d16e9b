package org.nianbao.checker.model;

import java.time.LocalDate;

/**
 * The identity of one checked file: who published it, for which year, in which format, and when. One per input
 * file, also for files that could not be read ({@code readable == false}).
 *
 * @param recognised          the parser found a title, at least one of the six sections or one of the three tables
 * @param agencySource        where the agency name came from: "标题", "网页标题", "落款", "网页发布机构" or null; on a scan
 *                            with "（识别有误，按正文更正）" when a misread place was corrected from the body
 * @param yearSource          where the year came from: "标题", "网页标题", "统计期限", "正文", "落款日期" or null
 * @param template            "2019" or "2021": the format whose table labels the report uses (by year when no labels)
 * @param titleSource         "正文" (the report's own title) or "网页标题" (the page's title, 标题: / ArticleTitle)
 * @param publicationDate     the stated publication date (发布时间 / 发布日期 / 公开日期 of the page or the text)
 * @param publicationSource   where it was stated, e.g. "网页“发布时间”", "网页元数据 PubDate"
 * @param signatureDate       the date under the closing signature (落款日期)
 * @param scanned             some pages were scans read by OCR: what was not found there may be a reading failure
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
        String titleSource,
        Location titleLocation,
        LocalDate publicationDate,
        String publicationSource,
        Location publicationLocation,
        LocalDate signatureDate,
        Location signatureLocation,
        Integer pages,
        boolean scanned) {

    public static Report unreadable(String file, String fileName, SourceFormat format, Integer pages) {
        return new Report(file, fileName, format, false, false, null, null, AgencyKind.UNKNOWN, null, null,
                null, null, null, null, null, null, null, null, null, pages, false);
    }

    /** The same report under another file: a byte-identical copy of it among the inputs (see run.DuplicateInputs). */
    public Report withFile(String otherFile, String otherFileName) {
        return new Report(otherFile, otherFileName, format, readable, recognised, agency, agencySource, agencyKind, year,
                yearSource, template, title, titleSource, titleLocation, publicationDate, publicationSource,
                publicationLocation, signatureDate, signatureLocation, pages, scanned);
    }

    /** The date that decides whether the report was on time: the publication date, else the signature date. */
    public LocalDate issueDate() {
        return publicationDate != null ? publicationDate : signatureDate;
    }

    /** Where {@link #issueDate()} is. */
    public Location issueDateLocation() {
        return publicationDate != null ? publicationLocation : signatureLocation;
    }
}
