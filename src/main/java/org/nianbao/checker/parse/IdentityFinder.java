package org.nianbao.checker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.PageMetadata;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Statement;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Who published the report, for which year, under which title and when. Each fact is taken from the best place
 * that has it, and says which:
 * <ul>
 *   <li>title: the report's own title before section 一 (it may span two lines: the agency, then
 *       2024年政府信息公开工作年度报告), else the page's title (标题: / ArticleTitle);</li>
 *   <li>agency: the title, the page's title, the closing signature, then the page's 发布机构;</li>
 *   <li>year: the title, the page's title, the statistics period, section 一, then the date of issue;</li>
 *   <li>publication date: a stated 发布时间 / 发布日期 / 公开日期, of the page or in the text;</li>
 *   <li>signature date: the last line that is only a date (the closing signature).</li>
 * </ul>
 */
final class IdentityFinder {

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年度?");
    private static final Pattern TITLE_QUOTES = Pattern.compile("[《》\"“”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\p{Punct}\\s]+$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern REPORT_NAME = Pattern.compile("(政府)?(信息|政务)公开(工作)?(年度)?(工作)?(报告|年报)");
    private static final String DATE_BODY = "([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    private static final Pattern DATE_LINE = Pattern.compile("^(成文日期|印发日期|日期)?\\s*[:：]?\\s*" + DATE_BODY + "$");
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^(发布时间|发布日期|公开日期)\\s*[:：]?\\s*(" + DATE_BODY
            + "|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(\\s.*)?)$");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(".{2,}(局|委|办|办公室|厅|院|政府|委员会|中心|管委会|办事处|镇|乡|街道|处|署|所|部|队|站|馆|会|社|校|区|县|市|室|组|公司|集团)$");
    /** At least two Chinese characters, and not formula or link debris. */
    private static final Pattern HAN_NAME = Pattern.compile("^(?![=+@]|http).*\\p{IsHan}.*\\p{IsHan}.*$");
    private static final int TITLE_BLOCKS = 12;

    /** The report's identity as found, each fact with where it came from (null where nothing was found). */
    record Identity(String title, String titleSource, Location titleLocation,
                    String agency, String agencySource, Integer year, String yearSource,
                    LocalDate publicationDate, String publicationSource, Location publicationLocation,
                    LocalDate signatureDate, Location signatureLocation) {
    }

    /** A title and the blocks it was read from ({@code first} to {@code last}; -1 for the page's title). */
    private record Title(String text, Location location, String agency, Integer year, int first, int last) {
    }

    /** An agency's name and the blocks it was read from. */
    private record Named(String name, String source, int first, int last) {
    }

    private record Dated(LocalDate date, Location location, int block, String source) {
    }

    private IdentityFinder() {
    }

    /**
     * @param minConfidence a line recognised from a scan with a lower OCR confidence (in its digits) is not taken as
     *                      the title or a date: a misread year or day must not decide a verdict
     */
    static Identity find(List<Block> blocks, List<SectionFinder.Candidate> sections, List<Statement> statements,
                         PageMetadata page, double minConfidence) {
        // dates and the title's year only from lines read for certain (a scan's misread digit must not decide)
        List<Block> sure = sureLines(blocks, minConfidence);
        int firstHeading = sections.isEmpty() ? blocks.size() : sections.get(0).block();
        Title own = title(blocks, firstHeading);
        if (own != null && own.year() != null && sure != blocks && title(sure, firstHeading) == null) {
            own = new Title(own.text(), own.location(), own.agency(), null, own.first(), own.last());
        }
        Title pageTitle = page.title() == null ? null : new Title(page.title().value(), page.title().location(),
                agencyFromTitle(page.title().value()), yearIn(page.title().value()), -1, -1);
        Dated signature = signatureDate(sure);
        Dated published = publicationDate(sure, page);

        String title = null, titleSource = null;
        Location titleAt = null;
        if (own != null) {
            title = own.text();
            titleSource = "正文";
            titleAt = own.location();
        } else if (pageTitle != null) {
            title = pageTitle.text();
            titleSource = "网页标题";
            titleAt = pageTitle.location();
        }

        List<Named> names = new ArrayList<>();
        if (own != null && own.agency() != null) names.add(new Named(own.agency(), "标题", own.first(), own.last()));
        if (pageTitle != null && pageTitle.agency() != null) names.add(new Named(pageTitle.agency(), "网页标题", -1, -1));
        Named signed = signatureAgency(blocks, signature);
        if (signed != null) names.add(signed);
        if (page.publisher() != null && AGENCY_SUFFIX.matcher(page.publisher().value()).matches()) {
            names.add(new Named(page.publisher().value(), "网页发布机构", -1, -1));
        }
        Named agencyName = agency(names, blocks, minConfidence);
        String agency = agencyName == null ? null : agencyName.name();
        String agencySource = agencyName == null ? null : agencyName.source();

        Integer year = null;
        String yearSource = null;
        if (own != null && own.year() != null) {
            year = own.year();
            yearSource = "标题";
        } else if (pageTitle != null && pageTitle.year() != null) {
            year = pageTitle.year();
            yearSource = "网页标题";
        } else {
            Statement period = statements.stream().filter(s -> s.kind() == Statement.Kind.PERIOD && s.start() != null).findFirst().orElse(null);
            if (period != null) {
                year = period.start().getYear();
                yearSource = "统计期限";
            } else if ((year = yearInSectionOne(sure, sections)) != null) {
                yearSource = "正文";
            } else {
                Dated issued = published != null ? published : signature;
                if (issued != null && issued.date().getMonthValue() <= 6) {
                    year = issued.date().getYear() - 1;
                    yearSource = published != null ? "发布日期" : "落款日期";
                }
            }
        }
        return new Identity(title, titleSource, titleAt, agency, agencySource, year, yearSource,
                published == null ? null : published.date(), published == null ? null : published.source(),
                published == null ? null : published.location(),
                signature == null ? null : signature.date(), signature == null ? null : signature.location());
    }

    /**
     * The blocks, with those recognised from a scan under {@code minConfidence} (in their digits) left empty in
     * their place: what may decide a verdict through a number or a date is read only from lines read for certain.
     */
    static List<Block> sureLines(List<Block> blocks, double minConfidence) {
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean sure = !b.recognised();
            if (!sure) {
                sure = true;
                for (int c = 0; c < b.cells().size() && sure; c++) sure = b.confidenceOf(c) >= minConfidence;
            }
            if (sure && out == null) continue;
            if (out == null) out = new java.util.ArrayList<>(blocks.subList(0, i));
            out.add(sure ? b : Block.paragraph("", b.location()));
        }
        return out == null ? blocks : out;
    }

    /**
     * The title among the blocks before {@code end} (the first section heading): the first block that names the
     * report, preferring one with a year (a breadcrumb's 政府信息公开年报 has none), with the line above it when that
     * line is a short name (the agency on a line of its own).
     */
    private static Title title(List<Block> blocks, int end) {
        int seen = 0;
        Title withoutYear = null;
        for (int b = 0; b < Math.min(end, blocks.size()) && seen < TITLE_BLOCKS; b++) {
            Block block = blocks.get(b);
            String text = TextNormalizer.compact(block.text());
            if (text.isEmpty()) continue;
            seen++;
            if (text.length() > 60 || !REPORT_NAME.matcher(text).find() || text.contains("。") || text.contains(",")) continue;
            String full = text;
            Location at = block.location();
            int first = b;
            int before = previousText(blocks, b);
            Block previous = before < 0 ? null : blocks.get(before);
            if (previous != null) {
                String prev = TextNormalizer.compact(previous.text());
                if (prev.length() <= 30 && !prev.contains("。") && !prev.contains(",") && !REPORT_NAME.matcher(prev).find()
                        && !DATE_LINE.matcher(prev).matches()) {
                    full = prev + text;
                    at = previous.location();
                    first = before;
                }
            }
            Title t = new Title(full, at, agencyFromTitle(full), yearIn(full), first, b);
            if (t.year() != null) return t;
            if (withoutYear == null) withoutYear = t;
        }
        return withoutYear;
    }

    private static int previousText(List<Block> blocks, int b) {
        for (int i = b - 1; i >= 0; i--) if (!blocks.get(i).text().isBlank()) return i;
        return -1;
    }

    static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "乐山市金口河区教育局2024年政府信息公开工作年度报告" → 乐山市金口河区教育局. */
    static String agencyFromTitle(String title) {
        String s = title;
        Matcher name = REPORT_NAME.matcher(s);
        if (name.find()) s = s.substring(0, name.start()) + " " + s.substring(name.end());
        s = TITLE_YEAR.matcher(s).replaceAll(" ");
        if (s.startsWith("关于")) s = s.substring(2);
        s = TITLE_QUOTES.matcher(s).replaceAll(" ");
        String best = null;
        for (String part : SPACES.split(s.strip())) {
            // an agency name is Chinese text; debris such as "=HYPERLINK(" or a URL is not one
            if (part.length() < 2 || !HAN_NAME.matcher(part).matches()) continue;
            if (best == null || part.length() > best.length()) best = part;
        }
        if (best == null || best.length() > 40) return null;
        if (best.endsWith("关于")) best = best.substring(0, best.length() - 2);
        if (best.endsWith("的")) best = best.substring(0, best.length() - 1);
        best = TRAILING_PUNCT.matcher(best).replaceAll("");
        // "政府信息公开工作年度报告格式模板" names no agency: a name ends like one
        return AGENCY_SUFFIX.matcher(best).matches() ? best : null;
    }

    /** The last date-only line: the signature date. */
    private static Dated signatureDate(List<Block> blocks) {
        for (int b = blocks.size() - 1; b >= 0; b--) {
            // a date line has 年 (and no more than 30 characters): checked first, as most blocks are read here
            if (blocks.get(b).text().indexOf('年') < 0 || TextNormalizer.compactLongerThan(blocks.get(b).text(), 30)) continue;
            String text = TextNormalizer.compact(blocks.get(b).text());
            if (text.isEmpty()) continue;
            Matcher m = DATE_LINE.matcher(text);
            if (m.matches()) {
                LocalDate d = Dates.of(m.group(2), m.group(3), m.group(4));
                if (d != null) return new Dated(d, blocks.get(b).location(), b, "落款");
            }
        }
        return null;
    }

    /** A stated publication date: the page's (发布时间 of the page or crawler header), else a 发布时间 line in the text. */
    private static Dated publicationDate(List<Block> blocks, PageMetadata page) {
        if (page.published() != null) {
            LocalDate d = isoDate(page.published().value());
            if (d != null) return new Dated(d, page.published().location(), -1, page.published().source());
        }
        for (int b = blocks.size() - 1; b >= 0; b--) {
            String text = blocks.get(b).text().strip();
            if (text.isEmpty() || text.length() > 40 || !(text.startsWith("发布") || text.startsWith("公开"))) continue;
            Matcher m = PUBLISHED_LINE.matcher(text);
            if (!m.matches()) continue;
            LocalDate d = isoDate(TextNormalizer.compact(m.group(2)));
            if (d != null) return new Dated(d, blocks.get(b).location(), b, "正文“" + m.group(1) + "”");
        }
        return null;
    }

    /** 2024-01-05 16:41, 2024/1/5, 2024年1月5日, 二〇二四年一月五日. */
    static LocalDate isoDate(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) return Dates.of(iso.group(1), iso.group(2), iso.group(3));
        Matcher cn = Pattern.compile(DATE_BODY).matcher(TextNormalizer.compact(value));
        return cn.find() ? Dates.of(cn.group(1), cn.group(2), cn.group(3)) : null;
    }

    /**
     * The first name in order of preference that can be used: read from text, or recognised from a scan and borne
     * out by the rest of the report ({@link RecognisedAgency}). A name misread on a scan is not used, and the next
     * place that names the agency is tried.
     */
    private static Named agency(List<Named> names, List<Block> blocks, double minConfidence) {
        for (Named n : names) {
            boolean recognised = false, surely = true;
            for (int b = Math.max(0, n.first()); b <= n.last(); b++) {
                Block block = blocks.get(b);
                if (!block.recognised()) continue;
                recognised = true;
                for (int c = 0; c < block.cells().size(); c++) surely &= block.confidenceOf(c) >= minConfidence;
            }
            if (!recognised) return n;
            List<String> elsewhere = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                if (b < n.first() || b > n.last()) elsewhere.add(TextNormalizer.compact(blocks.get(b).text()));
            }
            RecognisedAgency.Checked checked = RecognisedAgency.check(n.name(), elsewhere, surely);
            if (checked.outcome() == RecognisedAgency.Outcome.CONFIRMED) return n;
            if (checked.outcome() == RecognisedAgency.Outcome.CORRECTED) {
                return new Named(checked.name(), n.source() + "（识别有误，按正文更正）", n.first(), n.last());
            }
        }
        return null;
    }

    /** The signing agency: the short line just above the signature date. */
    private static Named signatureAgency(List<Block> blocks, Dated date) {
        if (date == null || date.block() < 0) return null;
        for (int b = date.block() - 1; b >= Math.max(0, date.block() - 3); b--) {
            String text = TextNormalizer.compact(blocks.get(b).text());
            if (text.isEmpty()) continue;
            if (text.length() <= 30 && !text.contains("。") && !text.contains(",") && AGENCY_SUFFIX.matcher(text).matches()) {
                return new Named(text, "落款", b, b);
            }
            return null;
        }
        return null;
    }

    private static Integer yearInSectionOne(List<Block> blocks, List<SectionFinder.Candidate> found) {
        int start = -1;
        for (SectionFinder.Candidate c : found) if (c.kind() == Section.KIND_GENERAL) start = c.block();
        if (start < 0) return null;
        for (int b = start + 1; b < Math.min(blocks.size(), start + 6); b++) {
            Matcher m = YEAR.matcher(TextNormalizer.compact(blocks.get(b).text()));
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return null;
    }
}
