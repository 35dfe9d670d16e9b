package org.nianbao.checker.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * The report's title, agency, year and date of issue. The title is looked for before section 一 (it may span two
 * lines: the agency, then 2024年政府信息公开工作年度报告); the date of issue is the last line that is only a date
 * (the signature) or a 发布时间 line; the agency falls back to the line above the signature date.
 */
final class IdentityFinder {

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年度?");
    private static final Pattern TITLE_QUOTES = Pattern.compile("[《》\"“”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\p{Punct}\\s]+$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern REPORT_NAME = Pattern.compile("(政府)?(信息|政务)公开(工作)?(年度)?(工作)?(报告|年报)");
    private static final String DATE_BODY = "([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    private static final Pattern DATE_LINE = Pattern.compile("^(发布时间|发布日期|成文日期|印发日期|日期)?\\s*[:：]?\\s*" + DATE_BODY + "$");
    private static final Pattern ISO_DATE_LINE = Pattern.compile("^(发布时间|发布日期|成文日期|日期)\\s*[:：]?\\s*(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(\\s.*)?$");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(".{2,}(局|委|办|办公室|厅|院|政府|委员会|中心|管委会|办事处|镇|乡|街道|处|署|所|部|队|站|馆|会|社|校|区|县|市|室|组|公司|集团)$");

    /** At least two Chinese characters, and not formula or link debris. */
    private static final Pattern HAN_NAME = Pattern.compile("^(?![=+@]|http).*\\p{IsHan}.*\\p{IsHan}.*$");

    record Title(String text, Location location, String agency, Integer year) {
    }

    record IssueDate(LocalDate date, Location location, int block) {
    }

    private IdentityFinder() {
    }

    /** The title among the blocks before {@code end} (the first section heading). */
    static Title title(List<Block> blocks, int end) {
        int seen = 0;
        Block previous = null;
        for (int b = 0; b < Math.min(end, blocks.size()) && seen < 12; b++) {
            Block block = blocks.get(b);
            String text = TextNormalizer.compact(block.text());
            if (text.isEmpty()) continue;
            seen++;
            if (text.length() <= 60 && REPORT_NAME.matcher(text).find() && !text.contains("。")) {
                String full = text;
                Location at = block.location();
                if (previous != null) {
                    String prev = TextNormalizer.compact(previous.text());
                    if (prev.length() <= 30 && !prev.contains("。") && !prev.contains(",") && !REPORT_NAME.matcher(prev).find()) {
                        full = prev + text;
                        at = previous.location();
                    }
                }
                return new Title(full, at, agencyFromTitle(full), yearIn(full));
            }
            previous = block;
        }
        return null;
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
        if (best.endsWith("的")) best = best.substring(0, best.length() - 1);
        best = TRAILING_PUNCT.matcher(best).replaceAll("");
        // "政府信息公开工作年度报告格式模板" names no agency: a name ends like one
        return AGENCY_SUFFIX.matcher(best).matches() ? best : null;
    }

    /** The last date-only line (the signature date, or a 发布时间 line). */
    static IssueDate issueDate(List<Block> blocks) {
        for (int b = blocks.size() - 1; b >= 0; b--) {
            String text = TextNormalizer.compact(blocks.get(b).text());
            if (text.isEmpty() || text.length() > 30) continue;
            Matcher m = DATE_LINE.matcher(text);
            LocalDate d = null;
            if (m.matches()) d = Dates.of(m.group(2), m.group(3), m.group(4));
            Matcher iso = ISO_DATE_LINE.matcher(blocks.get(b).text().strip());
            if (d == null && iso.matches()) d = Dates.of(iso.group(2), iso.group(3), iso.group(4));
            if (d != null) return new IssueDate(d, blocks.get(b).location(), b);
        }
        return null;
    }

    /** The signing agency: the short line just above the signature date. */
    static String signatureAgency(List<Block> blocks, IssueDate date) {
        if (date == null) return null;
        for (int b = date.block() - 1; b >= Math.max(0, date.block() - 3); b--) {
            String text = TextNormalizer.compact(blocks.get(b).text());
            if (text.isEmpty()) continue;
            if (text.length() <= 30 && !text.contains("。") && !text.contains(",") && AGENCY_SUFFIX.matcher(text).matches()) {
                return text;
            }
            return null;
        }
        return null;
    }
}
