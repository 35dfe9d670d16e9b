package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Finds the six statutory section headings. A heading is numbered 一、 / 1、 / 1. (or, standing alone, unnumbered
 * for a few exact titles), and its title matches one of the section's aliases. {@link StructureSplitter} has
 * already put every heading on a block of its own, wherever the copy placed it, so here a heading is a whole
 * block. Sentences that merely list the six titles are too long and unnumbered, so they never count.
 */
final class SectionFinder {

    /** What may follow a heading's numeral: 一、 1. 1， … */
    private static final String NUMBER_SEPARATORS = "、.,，．";
    private static final Pattern NUMBER = Pattern.compile("(([一二三四五六七八九十]{1,2})|([0-9]{1,2}))\\s*[" + NUMBER_SEPARATORS + "]\\s*");
    private static final Pattern WHOLE = Pattern.compile("^(([一二三四五六七八九十]{1,2})|([0-9]{1,2}))\\s*[" + NUMBER_SEPARATORS + "]\\s*(.+)$");
    /** How a title ends when it runs on into the body text: 情况, 事项, 措施 … */
    private static final Pattern TITLE_END = Pattern.compile("情况|事项|措施|概况|概述");
    private static final int MAX_TITLE = 32;
    /**
     * A title is words: no sentence punctuation, brackets, digits or Latin letters, and no numbering of its own
     * ("3.com)。…" or "7.4元三、…" is not a numbered heading).
     */
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[。,，;；:：!！?？()（）\\[\\]A-Za-z0-9]|[一二三四五六七八九十]、");

    record Candidate(int kind, int rank, int block, Section section) {
    }

    /**
     * A heading read inside a text: which section, how its alias ranks, the numbering as written, the title, and
     * where it starts and ends in the text.
     */
    record Heading(int kind, int rank, String number, int numberValue, String numberStyle, String title, int start, int end) {
    }

    private final SectionAliases aliases;

    SectionFinder(SectionAliases aliases) {
        this.aliases = aliases;
    }

    /**
     * The heading that starts at {@code from} in {@code text}, when its title runs on into body text ("一、总体情况2024年，
     * 我局…", "三、收到和处理政府信息公开申请情况(本列数据…"): numbering, then the shortest title that ends in 情况 /
     * 事项 / 措施 and matches an alias, else the title up to the first space, punctuation or digit. Null if none.
     */
    Heading at(String text, int from) {
        if (!numberedAt(text, from)) return null;
        Matcher n = NUMBER.matcher(text).region(from, text.length());
        if (!n.lookingAt()) return null;
        String number = text.substring(from, n.end()).strip();
        boolean chinese = n.group(2) != null;
        int value = chinese ? chineseNumeral(n.group(2)) : Integer.parseInt(n.group(3));
        if (value < 1 || value > 10) return null;
        int t0 = n.end();
        int limit = Math.min(text.length(), t0 + MAX_TITLE + 8);
        Matcher end = TITLE_END.matcher(text).region(t0, limit);
        while (end.find()) {
            Heading h = titled(text, from, t0, end.end(), number, value, chinese);
            if (h != null) return h;
        }
        int stop = t0;
        while (stop < limit && !isTitleBoundary(text.charAt(stop))) stop++;
        return stop > t0 ? titled(text, from, t0, stop, number, value, chinese) : null;
    }

    /**
     * Whether {@link #NUMBER} can match at {@code from}: one or two numerals, spaces, then a separator. Checked by
     * hand because the splitter asks at every numeral of every paragraph, and most are numbers in sentences.
     */
    private static boolean numberedAt(String text, int from) {
        int p = from;
        while (p < text.length() && p - from < 2 && isNumeral(text.charAt(p))) p++;
        if (p == from) return false;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        return p < text.length() && NUMBER_SEPARATORS.indexOf(text.charAt(p)) >= 0;
    }

    /** A digit or a Chinese numeral of a heading's numbering (一 … 十). */
    static boolean isNumeral(char c) {
        return switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十' -> true;
            default -> false;
        };
    }

    private Heading titled(String text, int from, int t0, int t1, String number, int value, boolean chinese) {
        String title = TextNormalizer.compact(text.substring(t0, t1));
        if (title.length() < 2 || title.length() > MAX_TITLE) return null;
        TitleMatch m = match(title);
        if (m.kind() == 0 || !m.wordsOnly()) return null;
        return new Heading(m.kind(), m.rank(), number, value, chinese ? "CHINESE" : "ARABIC", title, from, t1);
    }

    /**
     * Which section a title names (the first kind whose aliases match, 0 for none), how its alias ranks, and whether
     * it is words only ({@link #NOT_IN_TITLE}, asked of a title inside running text).
     */
    private record TitleMatch(int kind, int rank, boolean wordsOnly) {
    }

    /** Titles already matched: the same few hundred recur in every report, and each costs up to 19 regex searches. */
    private final Map<String, TitleMatch> matched = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    private TitleMatch match(String title) {
        TitleMatch m = matched.get(title);
        if (m == null) {
            int kind = 0, rank = -1;
            for (int k = 1; k <= 6 && rank < 0; k++) {
                rank = aliases.rank(k, title);
                if (rank >= 0) kind = k;
            }
            m = new TitleMatch(kind, rank, !NOT_IN_TITLE.matcher(title).find());
            if (matched.size() < MAX_REMEMBERED) matched.put(title, m);
        }
        return m;
    }

    private static boolean isTitleBoundary(char c) {
        return Character.isWhitespace(c) || Character.isDigit(c) || "。,，;；:：!！?？(（【\"“".indexOf(c) >= 0;
    }

    private static boolean oneNonEmptyCell(Block block) {
        int nonEmpty = 0;
        for (String c : block.cells()) if (!c.isBlank() && ++nonEmpty > 1) return false;
        return nonEmpty == 1;
    }

    /** Sections in reading order, at most one per kind, with their block index. */
    List<Candidate> find(List<Block> blocks) {
        List<Candidate> candidates = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!oneNonEmptyCell(block)) continue;
            String text = block.text().strip();
            if (text.length() > MAX_TITLE + 12) continue;   // a paragraph, not a heading
            Matcher m = WHOLE.matcher(text);
            String number, title, style;
            int value;
            if (m.matches()) {
                title = trimEnd(TextNormalizer.compact(m.group(4)));
                number = text.substring(0, m.start(4)).strip();
                style = m.group(2) != null ? "CHINESE" : "ARABIC";
                value = m.group(2) != null ? chineseNumeral(m.group(2)) : Integer.parseInt(m.group(3));
            } else {
                title = trimEnd(TextNormalizer.compact(text));
                number = "";
                style = "NONE";
                value = 0;
                // unnumbered: only a bare title, nothing else on the line
                if (!(title.endsWith("情况") || title.endsWith("事项")) || title.length() > 16) continue;
            }
            // normalised text has ASCII punctuation: a comma or full stop means a sentence, not a title
            if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("。") || title.contains(",")) continue;
            TitleMatch match = match(title);
            if (match.kind() != 0) {
                candidates.add(new Candidate(match.kind(), match.rank(), b,
                        new Section(match.kind(), number, value, style, text, 0, block.location(), "")));
            }
        }
        // per kind: the best-ranked pattern wins, then the first in reading order
        List<Candidate> chosen = new ArrayList<>();
        for (int kind = 1; kind <= 6; kind++) {
            final int k = kind;
            candidates.stream().filter(c -> c.kind() == k)
                    .min(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::block))
                    .ifPresent(chosen::add);
        }
        chosen.sort(Comparator.comparingInt(Candidate::block));
        List<Candidate> ordered = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            Section s = c.section();
            int end = i + 1 < chosen.size() ? chosen.get(i + 1).block() : blocks.size();
            ordered.add(new Candidate(c.kind(), c.rank(), c.block(), new Section(s.kind(), s.number(), s.numberValue(),
                    s.numberStyle(), s.title(), i + 1, s.location(), body(blocks, c.block() + 1, end))));
        }
        return ordered;
    }

    /** "总体情况:" or "总体情况。" is still the title 总体情况. */
    private static String trimEnd(String title) {
        int e = title.length();
        while (e > 0 && ":：。.".indexOf(title.charAt(e - 1)) >= 0) e--;
        return title.substring(0, e);
    }

    private static String body(List<Block> blocks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int b = from; b < to; b++) {
            String t = blocks.get(b).text();
            if (t.isBlank()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    static int chineseNumeral(String s) {
        String digits = "零一二三四五六七八九";
        if (s.equals("十")) return 10;
        if (s.length() == 2 && s.charAt(0) == '十') return 10 + digits.indexOf(s.charAt(1));
        if (s.length() == 2 && s.charAt(1) == '十') return digits.indexOf(s.charAt(0)) * 10;
        return digits.indexOf(s.charAt(0));
    }
}
