package org.nianbao.checker.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.PageMetadata;

/**
 * What a web page or a crawler puts around a report, which is never report text: the crawler's metadata header
 * (标题: / 发布时间: / 发布机构: … then "==== 正文 ===="), a breadcrumb (当前位置：首页 > … ), the article header's
 * 来源 and 时间, share bars (微信 微博 QQ空间), "附件下载", previous/next links, and a page's navigation and
 * footer (版权所有, ICP 备案) around a report printed from the web. The publication facts among them are kept as
 * {@link PageMetadata}, with where each was found. Dates that are not publication dates — a crawl time,
 * 页面生成时间, today's date in a page header — are never taken.
 */
final class PageFrame {

    record Result(List<Block> blocks, PageMetadata metadata) {
    }

    /** A crawler's or CMS's "key: value" line; keys for the report's publication facts and the crawl's own. */
    private static final Pattern FIELD = Pattern.compile(
            "^(标题|文章标题|题名|名称|发布时间|发布日期|公开日期|发文日期|成文日期|生成日期|生成时间|抓取时间|采集时间|文号|发文字号"
                    + "|发布机构|发文机关|发布单位|来源|信息来源|栏目|所属栏目|分类|主题分类|索引号|原文链接|链接|网址|URL|url|本地目录"
                    + "|关键词|关键字|作者|浏览次数|访问量|有效性)\\s*[:：]\\s*(.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-*#_~]{3,}.*$|^页面链接与图片详见.*$");
    private static final Pattern PUBLISHED_KEY = Pattern.compile("发布时间|发布日期|公开日期|发文日期");
    private static final Pattern TITLE_KEY = Pattern.compile("标题|文章标题|题名");
    private static final Pattern PUBLISHER_KEY = Pattern.compile("发布机构|发文机关|发布单位|来源|信息来源");

    private static final Pattern BREADCRUMB = Pattern.compile(
            "(您的位置|当前位置|所在位置)\\s*[:：]?\\s*(首页|网站首页|主页)?(\\s*[>»›/→]\\s*[^\\s>»›/→]+)*(\\S*(政务公开|信息公开|年报|年度报告|首页)\\S*)?");
    private static final Pattern ARTICLE_SOURCE = Pattern.compile("(?<![\\p{IsHan}])(来源|信息来源|发布机构)\\s*[:：]\\s*(?=(时间|发布时间|日期|发布日期)\\s*[:：]|\\s|$)");
    private static final Pattern ARTICLE_SOURCE_NAMED = Pattern.compile("(?<![\\p{IsHan}])(来源|信息来源|发布机构)\\s*[:：]\\s*([^\\s:：]{2,30}?)(?=\\s|(时间|发布时间|日期|发布日期)\\s*[:：]|$)");
    private static final Pattern ARTICLE_TIME = Pattern.compile(
            "(?<![\\p{IsHan}])(时间|发布时间|发布日期|日期)\\s*[:：]\\s*(\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?)");
    /** Words of dates that are not publication dates (页面生成时间 holds 生成时间): also the cheap test before the regex. */
    private static final List<String> DISTRACTOR_WORDS = List.of("页面生成时间", "生成时间", "抓取时间", "采集时间", "访问时间", "更新时间",
            "浏览次数", "访问量");
    private static final Pattern DISTRACTOR_TIME = Pattern.compile("(" + String.join("|", DISTRACTOR_WORDS)
            + ")\\s*[:：]?\\s*\\S*(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern COMMENT_END = Pattern.compile("-->|<!--");
    private static final String CHROME_WORD = "(微信|微博|QQ\\s?空间|全真版|文字版|文件下载|相关链接[:：]?|打印本页|关闭窗口|【打印本页】|【关闭窗口】|【打印】|【关闭】"
            + "|打印|关闭|收藏|分享到[:：]?|分享|字号[:：]?|扫一扫在手机上查看当前页面|附件下载|Object\\s?\\d+|[大中小])";
    private static final Pattern CHROME_RUN = Pattern.compile("(?<![\\p{IsHan}])" + CHROME_WORD + "(\\s+" + CHROME_WORD + ")+(?![\\p{IsHan}])");
    private static final Pattern CHROME_ONLY = Pattern.compile("^(" + CHROME_WORD + "|\\s|[|｜•·])+$");
    private static final Pattern TRAILING_ATTACHMENTS = Pattern.compile("\\s*(附件下载|扫一扫在手机上查看当前页面)\\s*$");
    private static final Pattern PREV_NEXT = Pattern.compile("(上一篇|下一篇)\\s*[:：].*$");
    /** The report's closing signature: an agency's name (a page's link lists hold names too, but never right after it). */
    private static final Pattern SIGNATURE = Pattern.compile(".{2,30}(局|委|办|办公室|厅|政府|委员会|中心|管委会|办事处|镇|乡|街道)$");
    /** How far back from the end a page's footer may reach. */
    private static final int TAIL_BLOCKS = 120;
    private static final Pattern FOOTER_MARKER = Pattern.compile("版权所有|ICP\\s*备|网站标识码|公安备案|主办单位|承办单位|技术支持|网站地图|建议您?使用.{0,20}浏览器|使用帮助|友情链接|新媒体矩阵");
    private static final String NAVIGATION_BULLETS = "•·●◆■▪";
    private static final List<String> NAVIGATION_WORDS = List.of("首页", "网站首页", "政务公开", "解读回应", "办事服务", "互动交流", "登录", "注册",
            "注销", "无障碍浏览", "长者模式", "退出长者模式", "移动版", "English");
    private static final Pattern NAVIGATION_ITEM = Pattern.compile("^[" + NAVIGATION_BULLETS + "]\\s*\\S.{0,24}$|^("
            + String.join("|", NAVIGATION_WORDS) + ")$");
    /** The longest navigation word: a longer line is an item only after a bullet. */
    private static final int LONGEST_NAVIGATION_WORD = NAVIGATION_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern CRUMB_LINE = Pattern.compile("^([•·●◆■▪>»›]\\s*)+\\S.{0,30}$");
    /** How far into a block of text the page's frame may reach (a crawler puts it before a one-line body). */
    private static final int HEAD_CHARS = 300;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");

    private PageFrame() {
    }

    private PageMetadata.Entry title;
    private PageMetadata.Entry published;
    private PageMetadata.Entry publisher;

    static Result strip(List<Block> blocks) {
        PageFrame frame = new PageFrame();
        List<Block> body = frame.crawlerHeader(new ArrayList<>(blocks));
        body = navigationBeforeBreadcrumb(body);
        int head = 0;
        for (int i = 0; i < body.size() && head < 12; i++) {
            Block b = body.get(i);
            if (b.kind() != Block.Kind.PARAGRAPH || b.text().isBlank()) continue;
            head++;
            String whole = b.cells().get(0);
            // the frame stands before the report: in a one-line body only its first part can hold it
            int cut = Math.min(whole.length(), HEAD_CHARS);
            String head0 = whole.substring(0, cut);
            String front = frame.articleHeader(head0, b);
            String rest = whole.substring(cut);
            if (rest.isEmpty() && (isChromeOnly(front) || isNavigationItem(front.strip()))) front = "";
            // the cut at HEAD_CHARS may fall inside a word or a number: the two parts join as they were
            if (!front.equals(head0)) body.set(i, replaced(b, (front + rest).strip()));
        }
        trimTail(body);
        return new Result(body, new PageMetadata(frame.title, frame.published, frame.publisher));
    }

    /** The crawler's "key: value" lines before the body, kept as metadata and taken out of the text. */
    private List<Block> crawlerHeader(List<Block> body) {
        int first = 0;
        int fields = 0;
        List<Block> header = new ArrayList<>();
        for (int i = 0; i < body.size() && i < 40; i++) {
            String t = body.get(i).text().strip();
            if (t.isEmpty()) continue;
            if (FIELD.matcher(t).matches()) {
                fields++;
            } else if (!(SEPARATOR.matcher(t).matches() && fields > 0)) {
                break;
            }
            header.add(body.get(i));
            first = i + 1;
        }
        if (fields < 2) return body;
        for (Block b : header) {
            Matcher m = FIELD.matcher(b.text().strip());
            if (!m.matches()) continue;
            String key = m.group(1), value = m.group(2).strip();
            if (value.isEmpty()) continue;
            PageMetadata.Entry entry = new PageMetadata.Entry(value, "网页“" + key + "”", b.location());
            if (TITLE_KEY.matcher(key).matches() && title == null) title = entry;
            else if (PUBLISHED_KEY.matcher(key).matches() && published == null) published = entry;
            else if (PUBLISHER_KEY.matcher(key).matches() && publisher == null) publisher = entry;
        }
        return new ArrayList<>(body.subList(first, body.size()));
    }

    /** A page's navigation before its breadcrumb: everything up to 当前位置 is the site's, and so are the crumbs. */
    private static List<Block> navigationBeforeBreadcrumb(List<Block> body) {
        int crumb = -1;
        for (int i = 0; i < Math.min(body.size(), 80); i++) {
            String t = body.get(i).text();
            if (t.contains("当前位置") || t.contains("您的位置")) {
                crumb = i;
                break;
            }
        }
        if (crumb < 0) return body;
        List<Block> out = new ArrayList<>(body.subList(crumb, body.size()));
        // the crumbs themselves, when the page laid them out one per line (• 首页 / • 政府信息公开年报)
        for (int i = 1; i < out.size() && i < 20; i++) {
            Block b = out.get(i);
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (!CRUMB_LINE.matcher(t).matches()) break;
            out.set(i, replaced(b, ""));
        }
        return out;
    }

    /**
     * The front of a block without the article header's parts: breadcrumb, 来源 and 时间 (kept as metadata),
     * comment debris, share bars, and dates that are not publication dates.
     */
    private String articleHeader(String front, Block b) {
        // each pattern below needs a word of its own: most lines of a report hold none, and a regex tried at every
        // position of 300 characters is the costliest step of reading a plain report
        String t = front.contains("位置") ? BREADCRUMB.matcher(front).replaceFirst(" ") : front;
        // 时间：, 来源： … all need a colon (normalised text has the ASCII one)
        boolean colon = t.indexOf(':') >= 0 || t.indexOf('：') >= 0;
        Matcher time = colon && (t.contains("时间") || t.contains("日期")) ? ARTICLE_TIME.matcher(t) : null;
        if (time != null && time.find()) {
            if (published == null) published = new PageMetadata.Entry(time.group(2), "网页“" + time.group(1) + "”", b.location());
            t = t.substring(0, time.start()) + " " + t.substring(time.end());
        }
        if (colon && (t.contains("来源") || t.contains("发布机构"))) {
            Matcher src = ARTICLE_SOURCE_NAMED.matcher(t);
            if (src.find()) {
                if (publisher == null) publisher = new PageMetadata.Entry(src.group(2), "网页“" + src.group(1) + "”", b.location());
                t = t.substring(0, src.start()) + " " + t.substring(src.end());
            }
            t = ARTICLE_SOURCE.matcher(t).replaceAll(" ");
        }
        if (mayHoldDistractorTime(t)) t = DISTRACTOR_TIME.matcher(t).replaceAll(" ");
        if (t.contains("--") || t.contains("<!")) t = COMMENT_END.matcher(t).replaceAll(" ");
        if (mayHoldChromeRun(t)) t = CHROME_RUN.matcher(t).replaceAll(" ");
        return t.equals(front) ? front : SPACES.matcher(t).replaceAll(" ");
    }

    private static boolean mayHoldDistractorTime(String t) {
        for (String w : DISTRACTOR_WORDS) if (t.contains(w)) return true;
        return false;
    }

    /**
     * The literal start of each word of {@link #CHROME_WORD} (up to its first regex part: QQ of QQ\\s?空间, 相关链接 of
     * 相关链接[:：]?), taken from the pattern so that a word added there is tested here too. [大中小] has none: see below.
     */
    private static final List<String> CHROME_LITERALS = java.util.Arrays.stream(
                    CHROME_WORD.substring(1, CHROME_WORD.length() - 1).split("\\|"))
            .map(word -> word.split("[\\\\\\[]", 2)[0]).filter(start -> !start.isEmpty()).toList();

    /** Whether {@link #CHROME_RUN} can match: a run is two chrome words with a space between them. */
    private static boolean mayHoldChromeRun(String t) {
        boolean space = false;
        for (int i = 0; i < t.length() && !space; i++) space = Character.isWhitespace(t.charAt(i));
        if (!space) return false;
        for (String w : CHROME_LITERALS) if (t.contains(w)) return true;
        // the one-character words: a font-size switch 大 中 小
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '大' || c == '中' || c == '小') && Character.isWhitespace(t.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * The end of a page: after the report a web page carries only its own links and footer (上一篇/下一篇, 打印/关闭,
     * 版权所有, ICP 备案, link lists), and a crawler adds "附件下载". From the end back to the last line of the report,
     * the page's lines are dropped: its chrome, and the short lines among it. The signature and its date stop the
     * search, so they are never taken for the page's.
     */
    private static void trimTail(List<Block> body) {
        // after the closing date, a page printed from the web has only its own lines: cut them all, however long
        int date = -1;
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - TAIL_BLOCKS) && date < 0; i--) {
            String t = body.get(i).text();
            if (t.indexOf('年') >= 0 && !TextNormalizer.compactLongerThan(t, 11) && DATE_ONLY.matcher(TextNormalizer.compact(t)).matches()) date = i;
        }
        if (date >= 0) {
            boolean pageAfter = false;
            for (int i = date + 1; i < body.size() && !pageAfter; i++) pageAfter = isPageChrome(body.get(i).text().strip());
            if (pageAfter) {
                for (int i = date + 1; i < body.size(); i++) body.set(i, replaced(body.get(i), ""));
            }
        }
        int start = -1;
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - TAIL_BLOCKS); i--) {
            Block b = body.get(i);
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (b.kind() == Block.Kind.PARAGRAPH && isPageChrome(t)) start = i;
            else if (!(b.kind() == Block.Kind.PARAGRAPH ? isShortTrailer(t) : isLinkRow(b))) break;
        }
        if (start >= 0) {
            for (int i = start; i < body.size(); i++) body.set(i, replaced(body.get(i), ""));
        }
        // a crawler's "附件下载" after the last sentence of a one-line body
        for (int i = body.size() - 1; i >= 0; i--) {
            Block b = body.get(i);
            if (b.text().isBlank()) continue;
            if (b.kind() == Block.Kind.PARAGRAPH) {
                String s = TRAILING_ATTACHMENTS.matcher(b.cells().get(0)).replaceFirst("");
                if (!s.equals(b.cells().get(0))) body.set(i, replaced(b, s.strip()));
            }
            break;
        }
    }

    private static boolean isPageChrome(String t) {
        return isChromeBlock(t) || FOOTER_MARKER.matcher(t).find() || PREV_NEXT.matcher(t).lookingAt();
    }

    /** A row of a page's link list as a PDF gives it: a bullet's cell and a short name, no numbers. */
    private static boolean isLinkRow(Block b) {
        for (String c : b.cells()) {
            String t = c == null ? "" : c.strip();
            if (!t.isEmpty() && !isShortTrailer(t) && !isPageChrome(t)) return false;
            if (t.chars().anyMatch(Character::isDigit)) return false;
        }
        return true;
    }

    /** A short line that is neither a sentence nor the report's signature or date: a link or a line of a footer. */
    private static boolean isShortTrailer(String t) {
        String c = TextNormalizer.compact(t);
        return c.length() <= 40 && !c.contains("。") && !DATE_ONLY.matcher(c).matches() && !SIGNATURE.matcher(c).matches();
    }

    private static boolean isChromeBlock(String text) {
        String t = text.strip();
        return isChromeOnly(t) || isNavigationItem(t) || t.startsWith("上一篇") || t.startsWith("下一篇")
                || t.equals("文字解读") || t.equals("图片解读") || t.matches("H5\\s*解读");
    }

    /**
     * The characters {@link #CHROME_ONLY} can match, a superset taken from the pattern's own text (with the digits of
     * its \\d and its separators): a line with any other is not chrome only (most lines).
     */
    private static final String CHROME_CHARS = CHROME_WORD + "|｜•·0123456789";

    private static boolean isChromeOnly(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && CHROME_CHARS.indexOf(c) < 0) return false;
        }
        return CHROME_ONLY.matcher(t).matches();
    }

    /** A navigation item is a bullet's line or one of a few words ({@link #NAVIGATION_ITEM}). */
    private static boolean isNavigationItem(String t) {
        if (t.isEmpty() || t.length() > LONGEST_NAVIGATION_WORD && NAVIGATION_BULLETS.indexOf(t.charAt(0)) < 0) return false;
        return NAVIGATION_ITEM.matcher(t).matches();
    }

    private static Block replaced(Block b, String text) {
        return b.withCells(List.of(text));
    }
}
