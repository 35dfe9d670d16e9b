package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Puts each structural element the format knows on a block of its own, wherever the copy placed it: the title at
 * the start of a body that runs on ("…2022年政府信息公开工作年度报告 根据《条例》…"), every section heading (after a
 * sentence, inside a one-line body, followed by its first sentence), and the closing signature and date at the
 * end ("…情况。 平潭综合实验区公安局2022年1月7日"). Line breaks then carry no meaning: the later steps see the same
 * blocks whether the report came with one paragraph per line or all on one line.
 *
 * <p>Never split: table rows, a sentence that lists the titles one after another (the introduction's
 * "一、总体情况；二、主动公开…"), and numbered words after a character that could be part of a word, unless
 * the title is the section's own wording.
 */
final class StructureSplitter {

    private static final Pattern REPORT_NAME = Pattern.compile("(政府)?(信息|政务)公开(工作)?(年度)?(工作)?(报告|年报)");
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[,，。;；:：!！?？]");
    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    /** What may stand right before a heading: sentence ends, closing brackets, and ? left by a lossy conversion. */
    private static final String BEFORE_HEADING = "。!！?？;；:：)）」』”\"'】]|";
    /** At most this much text between two numbered titles makes them items of one list, not headings. */
    private static final int LIST_GAP = 4;
    private static final Pattern DAMAGE = Pattern.compile("[?？]+");
    private static final int TITLE_SEARCH = 100;
    private static final int MAX_TITLE = 60;
    private static final int MAX_SIGNATURE = 40;

    private final SectionFinder sections;

    StructureSplitter(SectionFinder sections) {
        this.sections = sections;
    }

    List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size() + 16);
        boolean titleSeen = false;
        int lastText = lastParagraph(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.PARAGRAPH || b.text().isBlank()) {
                out.add(b);
                continue;
            }
            List<String> pieces = List.of(b.cells().get(0));
            if (!titleSeen) {
                pieces = splitTitle(pieces.get(0));
                titleSeen = true;
            }
            List<String> withHeadings = new ArrayList<>();
            for (String p : pieces) withHeadings.addAll(splitHeadings(p));
            if (i == lastText) {
                String last = withHeadings.remove(withHeadings.size() - 1);
                withHeadings.addAll(splitSignature(last));
            }
            if (withHeadings.size() == 1) {
                out.add(b);
            } else {
                for (String p : withHeadings) if (!p.isBlank()) out.add(b.withCells(List.of(p.strip())));
            }
        }
        return out;
    }

    private static int lastParagraph(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && !b.text().isBlank()) return i;
            if (!b.text().isBlank()) return -1;
        }
        return -1;
    }

    /** "X局2022年政府信息公开工作年度报告 根据…" → the title, then the rest. */
    private static List<String> splitTitle(String text) {
        Matcher m = REPORT_NAME.matcher(text);
        if (!m.find() || m.start() > TITLE_SEARCH) return List.of(text);
        String title = text.substring(0, m.end());
        String rest = text.substring(m.end());
        if (rest.isBlank() || NOT_IN_TITLE.matcher(title).find() || TextNormalizer.compact(title).length() > MAX_TITLE) {
            return List.of(text);
        }
        return List.of(title, rest);
    }

    /** The text cut before and after every section heading in it. */
    List<String> splitHeadings(String text) {
        List<SectionFinder.Heading> found = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (!SectionFinder.isNumeral(c)) continue;
            char before = p > 0 ? text.charAt(p - 1) : ' ';
            if (SectionFinder.isNumeral(before) && !Character.isDigit(before)) continue;   // 二十 …
            if (!allowedBefore(before) && !Character.isIdeographic(before)) continue;
            SectionFinder.Heading h = sections.at(text, p);
            if (h == null) continue;
            // after a word or a number (cells glued to the next heading: "…收费03、收到和处理…"), only the section's own title
            boolean glued = Character.isIdeographic(before) || Character.isDigit(c) && Character.isDigit(before);
            if (glued && (h.rank() > 0 || !endsLikeATitle(h.title()))) continue;
            if (Character.isDigit(c) && !allowedBefore(before) && !Character.isDigit(before)) continue;
            found.add(h);
            p = h.end() - 1;
        }
        dropLists(text, found);
        if (found.isEmpty()) return List.of(text);
        if (found.size() == 1 && found.get(0).start() == 0 && text.substring(found.get(0).end()).isBlank()) return List.of(text);
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (SectionFinder.Heading h : found) {
            if (h.start() > at) pieces.add(text.substring(at, h.start()));
            pieces.add(text.substring(h.start(), h.end()));
            at = h.end();
        }
        if (at < text.length()) pieces.add(text.substring(at));
        return pieces;
    }

    /** Titles one after the other with only a separator between them are the items of a list. */
    private static void dropLists(String text, List<SectionFinder.Heading> found) {
        boolean[] list = new boolean[found.size()];
        for (int i = 0; i + 1 < found.size(); i++) {
            String gap = TextNormalizer.compact(text.substring(found.get(i).end(), found.get(i + 1).start()));
            if (gap.length() <= LIST_GAP) list[i] = list[i + 1] = true;
        }
        for (int i = found.size() - 1; i >= 0; i--) if (list[i]) found.remove(i);
    }

    /** "…情况。 X局 2022年1月7日 …" at the end of the last paragraph → the text, the signing agency, the date, the rest. */
    private static List<String> splitSignature(String text) {
        int sentenceEnd = Math.max(text.lastIndexOf('。'), Math.max(text.lastIndexOf('!'), text.lastIndexOf('！')));
        int from = sentenceEnd + 1;
        Matcher d = DATE.matcher(text);
        if (!d.find(from)) return List.of(text);
        // "???…柳州市柳江区教育局???": question marks a lossy conversion left around the name are not part of it
        String agency = DAMAGE.matcher(text.substring(from, d.start())).replaceAll("").strip();
        if (agency.length() > MAX_SIGNATURE || NOT_IN_TITLE.matcher(agency).find()) return List.of(text);
        String head = text.substring(0, from);
        String rest = text.substring(d.end());
        if (head.isBlank() && agency.isEmpty() && rest.isBlank()) return List.of(text);
        List<String> pieces = new ArrayList<>();
        if (!head.isBlank()) pieces.add(head);
        if (!agency.isEmpty()) pieces.add(agency);
        pieces.add(d.group());
        if (!rest.isBlank()) pieces.add(rest);
        return pieces;
    }

    private static boolean endsLikeATitle(String title) {
        return title.endsWith("情况") || title.endsWith("事项") || title.endsWith("措施");
    }

    private static boolean allowedBefore(char c) {
        return Character.isWhitespace(c) || Character.isDigit(c) || BEFORE_HEADING.indexOf(c) >= 0;
    }
}
