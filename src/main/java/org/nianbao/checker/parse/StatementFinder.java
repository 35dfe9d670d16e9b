package org.nianbao.checker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Statement;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * The statements a report must make in its text: the statistics period, the 信息处理费, and the number of
 * applications the text says were received (for comparison with table 三).
 */
final class StatementFinder {

    private static final String D = "(\\d{4})年(\\d{1,2})月(\\d{1,2})日";
    private static final String END = "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日";
    private static final String TO = "(?:起)?(?:至|到|—|-|–|~|～|－)+";
    /** Words that make a 收到 sentence more (or less) than this agency's new applications of the year. */
    private static final Pattern NOT_PLAIN_RECEIVED = Pattern.compile("受理|代表|本级|其中|含|办结|答复");
    /** A statistics period in any wording: 统计期限 / 统计周期 / 统计数据时间段 / 数据统计时间为 … followed by two dates. */
    private static final Pattern PERIOD = Pattern.compile(
            "(统计|数据)[^0-9。;；]{0,14}?" + D + TO + END);
    private static final Pattern PUBLISHED_PERIOD = Pattern.compile("现(将|予)?公布" + D + TO + END);
    private static final Pattern PERIOD_WORD = Pattern.compile("统计(数据)?(期限|周期|时限|区间|时段|期间|时间段)");
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]*》|<[^>]*>|〈[^〉]*〉");
    /** The fee for disclosure, however it is named: 信息处理费, 信息公开处理费, 处理费, 任何费用, 收取费用 … */
    private static final Pattern FEE_WORD = Pattern.compile("处理费|(收取|收|缴纳|产生|发生)(任何|相关|有关)?(的)?费用|任何费用|收费(?<!事业性收费)(?!通知|标准|金额|项目|事项)");
    /** The longest match of {@link #FEE_WORD} (缴纳有关的费用). */
    private static final int MAX_FEE_WORD = 8;
    /** Not about the disclosure fee: table 二's 行政事业性收费 and table 三's 收费通知 row. */
    private static final Pattern OTHER_FEE = Pattern.compile("行政事业性收费|收费通知|缴纳费用、");
    private static final Pattern FEE_NONE = Pattern.compile(
            "(未|没有|无|不|均未|并未|未曾|无需|免)[^。;；,，0-9]{0,8}?(收取|收费|缴纳|收到|产生|发生|涉及|出现|费用|处理费)"
                    + "|收取[^。；;]{0,15}(情况)?[:：为]?(无|(?<![0-9.])0元|零元|(?<![0-9.])0\\.0+元)|(?<![0-9.])(0|零)(元|件)|不存在收取|情况[:：]?无|费用为(0|零)");
    private static final Pattern FEE_AMOUNT = Pattern.compile("(收取|共计|合计|金额|收费)[^。；;]{0,20}?(\\d+(?:\\.\\d+)?)\\s*(万元|元)");
    private static final Pattern RECEIVED = Pattern.compile("收到[^。，,;；:：]{0,20}?申请[^。，,;；]{0,8}?(\\d+)\\s*件");

    private StatementFinder() {
    }

    /** @param texts each block's text without spaces, computed once by the parser */
    static List<Statement> find(List<Block> blocks, List<String> texts) {
        List<Statement> out = new ArrayList<>();
        boolean periodFound = false;
        for (int i = 0; i < blocks.size(); i++) {
            String text = texts.get(i);
            if (text.isEmpty()) continue;
            // cheap gates first: most lines mention none of the three statements
            boolean maybePeriod = !periodFound && (text.contains("统计") || text.contains("公布") || text.contains("数据"));
            boolean maybeFee = text.contains("费") || text.endsWith("处") || text.endsWith("处理") || text.endsWith("收取");
            boolean maybeReceived = text.contains("收到");
            if (!maybePeriod && !maybeFee && !maybeReceived) continue;
            // a sentence may wrap over lines (PDF): read this line with its neighbours, keep what starts on it
            String before = i > 0 ? texts.get(i - 1) : "";
            String window = before + text + (i + 1 < texts.size() ? texts.get(i + 1) : "");
            int from = before.length(), until = before.length() + text.length();
            Block block = blocks.get(i);
            if (maybePeriod) {
                Statement p = startsIn(period(window.substring(from), block), text, window.substring(from));
                if (p != null) {
                    out.add(p);
                    periodFound = true;
                }
            }
            if (maybeFee) fee(window.substring(from), text.length(), block).ifPresent(out::add);
            if (maybeReceived) received(window, from, block).filter(r -> sentenceStart(window, r) < until).ifPresent(out::add);
        }
        return out;
    }

    /** The statement only if it begins on this line; otherwise it belongs to the next line's window. */
    private static Statement startsIn(Statement s, String line, String window) {
        if (s == null) return null;
        int at = window.indexOf(s.text().length() > 8 ? s.text().substring(0, 8) : s.text());
        return at >= 0 && at < line.length() ? s : null;
    }

    private static int sentenceStart(String window, Statement s) {
        int at = window.indexOf(s.text());
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Statement period(String text, Block block) {
        Matcher m = PERIOD.matcher(text);
        if (!m.find()) {
            m = PUBLISHED_PERIOD.matcher(text);
            if (!m.find()) {
                Matcher word = PERIOD_WORD.matcher(text);
                if (word.find()) {
                    // a period is stated but not as two dates ("统计期限为2024年度"): stated, not measurable
                    return new Statement(Statement.Kind.PERIOD, sentenceAround(text, word.start()), null, null, null, "UNPARSED",
                            block.location());
                }
                return null;
            }
        }
        int base = m.groupCount() - 6;
        LocalDate start = Dates.of(m.group(base + 1), m.group(base + 2), m.group(base + 3));
        String endYear = m.group(base + 4) != null ? m.group(base + 4) : m.group(base + 1);
        LocalDate end = Dates.of(endYear, m.group(base + 5), m.group(base + 6));
        return new Statement(Statement.Kind.PERIOD, sentenceAround(text, m.start()), start, end, null,
                start == null || end == null ? "UNPARSED" : "DATES", block.location());
    }

    /**
     * A statement about the disclosure fee whose fee word stands on this line (the first {@code lineLength}
     * characters of {@code text}, which runs on into the next line): none charged, an amount, or only a mention.
     * A book title (《…处理费管理办法》) is not a statement; sentences about other fees (table 二's 行政事业性收费,
     * table 三's 收费通知 row) are not about it.
     */
    private static java.util.Optional<Statement> fee(String text, int lineLength, Block block) {
        // only a word that starts on this line counts: the search stops a word's length past it
        // and every fee word holds 费: the search starts a word's length before the first one
        int firstFee = text.indexOf('费');
        if (firstFee < 0 || firstFee - MAX_FEE_WORD >= lineLength) return java.util.Optional.empty();
        Matcher word = FEE_WORD.matcher(text).region(Math.max(0, firstFee - MAX_FEE_WORD),
                Math.min(text.length(), lineLength + MAX_FEE_WORD)).useTransparentBounds(true);
        while (word.find() && word.start() < lineLength) {
            if (insideTitle(text, word.start())) continue;
            String sentence = withoutTitles(sentenceAround(text, word.start()));
            if (OTHER_FEE.matcher(sentence).find()) continue;
            String detail = "MENTIONED";
            Double amount = null;
            if (FEE_NONE.matcher(sentence).find()) {
                detail = "NONE_CHARGED";
            } else {
                Matcher m = FEE_AMOUNT.matcher(sentence);
                if (m.find()) {
                    detail = "AMOUNT";
                    amount = Double.parseDouble(m.group(2)) * ("万元".equals(m.group(3)) ? 10000 : 1);
                }
            }
            return java.util.Optional.of(new Statement(Statement.Kind.FEE, sentence, null, null, amount, detail, block.location()));
        }
        return java.util.Optional.empty();
    }

    private static boolean mayHoldTitle(String text) {
        return text.indexOf('《') >= 0 || text.indexOf('<') >= 0 || text.indexOf('〈') >= 0;
    }

    private static String withoutTitles(String sentence) {
        return mayHoldTitle(sentence) ? BOOK_TITLE.matcher(sentence).replaceAll("") : sentence;
    }

    private static boolean insideTitle(String text, int at) {
        if (!mayHoldTitle(text)) return false;
        Matcher t = BOOK_TITLE.matcher(text);
        while (t.find()) {
            if (t.start() > at) return false;
            if (at < t.end()) return true;
        }
        return false;
    }

    private static java.util.Optional<Statement> received(String text, int from, Block block) {
        Matcher m = RECEIVED.matcher(text);
        if (!m.find(from)) return java.util.Optional.empty();
        String sentence = sentenceAround(text, m.start());
        // 受理 often means new + carried over, and an office may speak only for itself: then say nothing
        if (NOT_PLAIN_RECEIVED.matcher(sentence).find()) return java.util.Optional.empty();
        return java.util.Optional.of(new Statement(Statement.Kind.APPLICATIONS_RECEIVED, sentence, null, null,
                Double.parseDouble(m.group(1)), null, block.location()));
    }

    private static String sentenceAround(String text, int at) {
        int s = at;
        while (s > 0 && "。；;!！".indexOf(text.charAt(s - 1)) < 0) s--;
        int e = at;
        while (e < text.length() && "。；;!！".indexOf(text.charAt(e)) < 0) e++;
        return text.substring(s, Math.min(text.length(), e + 1));
    }

}
