package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Finds the six statutory section headings. A heading is a short line, numbered 一、 / 1、 / 1. (or unnumbered
 * for a few exact titles), whose title matches one of the section's aliases. Sentences that merely list the
 * six titles are too long and unnumbered, so they never count.
 */
final class SectionFinder {

    private static final Pattern NUMBERED = Pattern.compile("^(([一二三四五六七八九十]{1,2})|([0-9]{1,2}))\\s*[、.,，．]\\s*(.+)$");
    private static final int MAX_TITLE = 32;

    record Candidate(int kind, int rank, int block, Section section) {
    }

    private final SectionAliases aliases;

    SectionFinder(SectionAliases aliases) {
        this.aliases = aliases;
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
            Matcher m = NUMBERED.matcher(text);
            String number, title, style;
            int value;
            if (m.matches()) {
                title = TextNormalizer.compact(m.group(4));
                number = text.substring(0, m.start(4)).strip();
                style = m.group(2) != null ? "CHINESE" : "ARABIC";
                value = m.group(2) != null ? chineseNumeral(m.group(2)) : Integer.parseInt(m.group(3));
            } else {
                title = TextNormalizer.compact(text);
                number = "";
                style = "NONE";
                value = 0;
                // unnumbered: only a bare title, nothing else on the line
                if (!(title.endsWith("情况") || title.endsWith("事项")) || title.length() > 16) continue;
            }
            // normalised text has ASCII punctuation: a comma or full stop means a sentence, not a title
            if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("。") || title.contains(",")) continue;
            for (int kind = 1; kind <= 6; kind++) {
                int rank = aliases.rank(kind, title);
                if (rank < 0) continue;
                candidates.add(new Candidate(kind, rank, b,
                        new Section(kind, number, value, style, text, 0, block.location(), "")));
                break;
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
