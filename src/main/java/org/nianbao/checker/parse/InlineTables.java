package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;

/**
 * Tables whose borders were lost: a crawled page or a one-line copy gives a table as running text, labels and
 * numbers together ("…数量291000030二、上年结转政府信息公开申请数量000000 0三、本年度办理结果（一）予以公开2000002…").
 * Such a paragraph is cut into its labels and its runs of numbers, and becomes a block of kind
 * {@link Block.Kind#INLINE}: the table parsers then find labels as in any other layout, and know that a run of
 * numbers after a label may hold several cells whose borders are gone (see {@link DigitSplits}).
 *
 * <p>A run of numbers counts only where a table puts one: followed by the next label or the end, never by a unit
 * (件, 条, 年, 元 …), which is how numbers stand in sentences. The item number of the next label is not data:
 * "…40000042.没有现成信息" is the run 4000004 and the label 2.没有现成信息.
 */
final class InlineTables {

    /** A run of numbers: digits, maybe separated by spaces or signs, maybe with decimals, maybe an amount's unit. */
    private static final Pattern RUN = Pattern.compile("(?<![0-9.])[0-9]+(?:[ \\t]*-?[0-9]+)*(?:\\.[0-9]+)?(?:万元|元)?");
    /** Characters after which a number is a quantity in a sentence, not a table cell. */
    private static final String UNITS = "年月日时分秒号件条个项人次户家份篇期起元万亿千百余多%‰座所类批名位天周届倍台辆亩米层楼室期次期版";
    /** Words that only a table of the format has: the paragraph is a table, not a sentence. */
    private static final List<String> VOCABULARY = List.of(
            "本年新收", "上年结转", "予以公开", "结转下年", "本年度办理结果", "结果维持", "结果纠正", "尚未审结", "直接起诉", "第二十条", "信息内容", "本年制发", "处理决定数量", "收费金额", "上一年项目数量");
    /** Where a label begins inside a run of label text: list markers, item numbers, table 二's blocks and rows. */
    private static final Pattern LABEL_START = Pattern.compile(
            "(?=[一二三四五六七八九十]、|(?<!第)\\([一二三四五六七八九十]\\)|[0-9][.、．](?=\\p{IsHan})|第二十条|信息内容"
                    + "|行政规范性文件|(?<!行政)规范性文件|规章(?!制)|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)");

    private InlineTables() {
    }

    /** A piece of an inline block that is a run of numbers (not a label). */
    static boolean isRun(String piece) {
        return RUN.matcher(piece).matches();
    }

    /** The blocks with every paragraph that holds a table inline cut into an {@link Block.Kind#INLINE} block. */
    static List<Block> expand(List<Block> blocks) {
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<String> pieces = b.kind() == Block.Kind.PARAGRAPH ? pieces(b.text()) : null;
            if (pieces == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) out = new ArrayList<>(blocks.subList(0, i));
            out.add(new Block(Block.Kind.INLINE, pieces, pieces, b.location()));
        }
        return out == null ? blocks : out;
    }

    private static boolean holdsVocabulary(String paragraph) {
        for (String word : VOCABULARY) if (paragraph.contains(word)) return true;
        return false;
    }

    /** The labels and runs of a paragraph that holds a table inline, in order; null when it holds none. */
    static List<String> pieces(String paragraph) {
        // plain indexOf, not an alternation: this runs on every paragraph of every report
        if (paragraph.length() < 8 || !holdsVocabulary(paragraph)) return null;
        // the cell borders a copy kept as tabs or pipes are spaces between numbers here
        String text = paragraph.indexOf('|') >= 0 || paragraph.indexOf('\t') >= 0 ? paragraph.replace('|', ' ').replace('\t', ' ') : paragraph;
        List<int[]> runs = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            int after = skipSpaces(text, end);
            if (after < text.length()) {
                char next = text.charAt(after);
                if ((next == '.' || next == '、' || next == '．') && after + 1 < text.length()
                        && Character.isIdeographic(text.charAt(after + 1))) {
                    // "…00000002.其他法律…": the last digit is the next label's item number
                    end = end - 1;
                    while (end > start && text.charAt(end - 1) == ' ') end--;
                    if (end <= start) continue;
                } else if (!startsLabel(next)) {
                    continue;
                }
            }
            runs.add(new int[]{start, end});
        }
        if (runs.isEmpty()) return null;
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (int[] r : runs) {
            labels(text.substring(at, r[0]), pieces);
            pieces.add(text.substring(r[0], r[1]).strip());
            at = r[1];
        }
        labels(text.substring(at), pieces);
        return pieces;
    }

    private static boolean startsLabel(char c) {
        if (Character.isIdeographic(c)) return UNITS.indexOf(c) < 0;
        return "(（“\"[【《".indexOf(c) >= 0;
    }

    /** Past spaces, and the ? a lossy conversion leaves where a character was. */
    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '?' || text.charAt(i) == '？')) i++;
        return i;
    }

    /** Label text cut where a new label begins. */
    private static void labels(String text, List<String> into) {
        int at = 0;
        Matcher m = LABEL_START.matcher(text);
        while (m.find()) {
            if (m.start() == at) continue;
            String piece = text.substring(at, m.start()).strip();
            if (!piece.isEmpty()) into.add(piece);
            at = m.start();
        }
        String rest = text.substring(at).strip();
        if (!rest.isEmpty()) into.add(rest);
    }
}
