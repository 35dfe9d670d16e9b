package org.nianbao.checker.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.normalize.TextNormalizer;

/**
 * The ways real copies of a report damage its layout, as code: each rewrite turns a report's text into another
 * file that says the same thing. Headings are found where the checker found them in the original (its sections'
 * titles), so a rewrite decorates exactly those.
 */
enum Rewrites {

    /** The whole body on one line, table cells separated by spaces. */
    ONE_LINE("txt") {
        @Override
        String body(Source s) {
            return s.body.replace('\t', ' ').replace("\r", "").replace('\n', ' ');
        }
    },
    /** The whole body on one line and table cells glued together, as a crawler stores a page's text. */
    ONE_LINE_GLUED("txt") {
        @Override
        String body(Source s) {
            return s.body.replace("\t", "").replace("\r", "").replace("\n", "");
        }
    },
    /** A markdown transcription: ## headings, # title, tables with pipes. */
    MARKDOWN("txt") {
        @Override
        String body(Source s) {
            String text = s.decorateHeadings("\n## ", "\n");
            StringBuilder out = new StringBuilder();
            boolean inTable = false;
            for (String line : text.split("\n", -1)) {
                if (isRow(line)) {
                    out.append("| ").append(String.join(" | ", cells(line))).append(" |\n");
                    if (!inTable) out.append("| --- | --- |\n");
                    inTable = true;
                } else {
                    inTable = false;
                    out.append(line).append('\n');
                }
            }
            return out.toString();
        }
    },
    /** Headings in bold, where they stand. */
    BOLD("txt") {
        @Override
        String body(Source s) {
            return s.decorateHeadings("**", "**");
        }
    },
    /** Windows line ends. */
    CRLF("txt") {
        @Override
        String header(Source s) {
            return s.header.replace("\n", "\r\n");
        }

        @Override
        String body(Source s) {
            return s.body.replace("\r\n", "\n").replace("\n", "\r\n");
        }
    },
    /** Every line indented with two ideographic spaces, as Word paragraphs copied to text are. */
    IDEOGRAPHIC_INDENT("txt") {
        @Override
        String body(Source s) {
            StringBuilder out = new StringBuilder();
            for (String line : s.body.split("\n", -1)) out.append(line.isBlank() ? line : "\u3000\u3000" + line).append('\n');
            return out.toString();
        }
    },
    /** Each heading shares its line with the sentence after it. */
    HEADING_WITH_SENTENCE("txt") {
        @Override
        String body(Source s) {
            StringBuilder out = new StringBuilder(s.body);
            List<int[]> spans = s.headings();
            for (int i = spans.size() - 1; i >= 0; i--) {
                int end = spans.get(i)[1];
                int next = end;
                while (next < out.length() && Character.isWhitespace(out.charAt(next))) next++;
                int lineEnd = out.indexOf("\n", next);
                String nextLine = out.substring(next, lineEnd < 0 ? out.length() : lineEnd);
                // the first sentence, not a table row
                boolean sentence = nextLine.indexOf('\t') < 0 && nextLine.indexOf('|') < 0;
                if (sentence && next > end && out.substring(end, next).contains("\n")) out.delete(end, next);
            }
            return out.toString();
        }
    },
    /** Page footers of the paginated original at its page breaks, inside tables too. */
    PAGE_FOOTERS("txt") {
        @Override
        String body(Source s) {
            String[] lines = s.body.split("\n", -1);
            if (lines.length > 40) {
                StringBuilder out = new StringBuilder();
                int page = 1;
                for (int i = 0; i < lines.length; i++) {
                    out.append(lines[i]).append('\n');
                    if (i > 0 && i % 30 == 0) {
                        out.append(page % 2 == 1 ? "— " + page + " —" : "第 " + page + " 页 共 9 页").append('\n');
                        page++;
                    }
                }
                return out.toString();
            }
            // one line: a footer in the middle of table 三 and after sentences further on
            StringBuilder out = new StringBuilder(s.body);
            List<Integer> at = new ArrayList<>();
            Matcher m = Pattern.compile("[(（]四[)）]无法提供").matcher(out);
            if (m.find()) at.add(m.start());
            for (int third = 1; third <= 2; third++) {
                int p = out.indexOf("。", out.length() * third / 3);
                if (p > 0) at.add(p + 1);
            }
            at.sort(null);
            for (int i = at.size() - 1; i >= 0; i--) out.insert(at.get(i), " 第 " + (i + 2) + " 页 共 9 页 ");
            return out.toString();
        }
    },
    /** The report inside a government CMS page: navigation, breadcrumb, share bar, previous/next links, footer. */
    CMS_PAGE("html") {
        @Override
        String text(Source s) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
            if (s.pageTitle != null) html.append("<meta name=\"ArticleTitle\" content=\"").append(escape(s.pageTitle)).append("\">");
            if (s.published != null) html.append("<meta name=\"PubDate\" content=\"").append(escape(s.published)).append("\">");
            html.append("<title>").append(escape(s.pageTitle == null ? "政府信息公开年报" : s.pageTitle)).append("_示例市人民政府</title>")
                    .append("<script>var today = new Date();</script><style>.nav{float:left}</style></head><body>")
                    .append("<div class=\"top\">2026年11月29日 星期日 <a href=\"/\">无障碍浏览</a> <a href=\"/m\">移动版</a></div>")
                    .append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>")
                    .append("<li><a href=\"/bsfw\">办事服务</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></div>")
                    .append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政府信息公开</a> &gt; ")
                    .append("<a href=\"/nb\">政府信息公开年报</a></div><div class=\"article\">");
            if (s.pageTitle != null) html.append("<h1 class=\"article_title\">").append(escape(s.pageTitle)).append("</h1>");
            html.append("<div class=\"info\">来源：").append(s.publisher == null ? "" : escape(s.publisher));
            if (s.published != null) html.append(" 时间：").append(escape(s.published));
            html.append(" 浏览次数：1024 页面生成时间：2026-11-29 10:00:00</div>")
                    .append("<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div><div class=\"TRS_Editor\">");
            boolean inTable = false;
            for (String line : s.body.split("\n", -1)) {
                if (isRow(line)) {
                    if (!inTable) html.append("<table border=\"1\">");
                    inTable = true;
                    html.append("<tr>");
                    for (String cell : cells(line)) html.append("<td>").append(escape(cell)).append("</td>");
                    html.append("</tr>");
                } else {
                    if (inTable) html.append("</table>");
                    inTable = false;
                    if (!line.isBlank()) html.append("<p>").append(escape(line)).append("</p>");
                }
            }
            if (inTable) html.append("</table>");
            html.append("</div><div class=\"pages\"><p>上一篇：<a href=\"/1\">关于2025年春节放假的通知</a></p>")
                    .append("<p>下一篇：<a href=\"/2\">2026年11月28日工作动态</a></p></div>")
                    .append("<div class=\"print\">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>")
                    .append("<div class=\"footer\"><p>版权所有：示例市人民政府办公室 主办单位：示例市人民政府办公室</p>")
                    .append("<p>网站标识码：1234000001 ICP备12345678号 公安备案号 12345 联系我们 网站地图</p>")
                    .append("<p>2026年11月29日 10:00 更新</p></div></body></html>");
            return html.toString();
        }
    };

    private final String extension;

    Rewrites(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The rewritten file's whole text. */
    String text(Source s) {
        return header(s) + body(s);
    }

    String header(Source s) {
        return s.header;
    }

    String body(Source s) {
        return s.body;
    }

    /** A table row of the text: cells between tabs, or between pipes (with or without the outer ones). */
    static boolean isRow(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0;
    }

    static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0) return List.of(line.split("\t", -1));
        String t = line.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        return List.of(t.split("\\|", -1));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A report's text, split into a crawler's metadata header (kept as it is) and the body, with the titles of
     * the sections the checker found in the original and what the page says of it.
     */
    static final class Source {
        final String header;
        final String body;
        final List<String> headingTitles;
        final String pageTitle;
        final String published;
        final String publisher;

        Source(String text, List<String> headingTitles, String reportTitle) {
            String t = text.replace("\r\n", "\n");
            Matcher m = Pattern.compile("(?m)^=+\\s*正文\\s*=+\\n").matcher(t);
            if (m.find()) {
                header = t.substring(0, m.end());
                body = t.substring(m.end());
            } else {
                header = "";
                body = t;
            }
            this.headingTitles = headingTitles;
            this.pageTitle = field("标题", reportTitle);
            this.published = field("发布时间", null);
            this.publisher = field("发布机构", null);
        }

        private String field(String key, String otherwise) {
            Matcher m = Pattern.compile("(?m)^" + key + ":[ \\t]*(\\S.*)$").matcher(header);
            return m.find() ? m.group(1).strip() : otherwise;
        }

        /** The body with every heading the checker found wrapped in {@code before} … {@code after}. */
        String decorateHeadings(String before, String after) {
            StringBuilder out = new StringBuilder(body);
            List<int[]> spans = headings();
            for (int i = spans.size() - 1; i >= 0; i--) {
                int[] s = spans.get(i);
                String heading = out.substring(s[0], s[1]);
                out.replace(s[0], s[1], before + heading + after);
            }
            return out.toString();
        }

        /** Where each heading stands in the body, in order: matched after normalising (full-width, traditional). */
        List<int[]> headings() {
            List<int[]> spans = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < body.length(); i++) {
                String n = TextNormalizer.compact(TextNormalizer.normalize(String.valueOf(body.charAt(i)), true));
                for (char c : n.toCharArray()) {
                    plain.append(c);
                    at.add(i);
                }
            }
            int from = 0;
            for (String title : headingTitles) {
                String want = TextNormalizer.compact(title);
                int p = plain.indexOf(want, from);
                if (p < 0) continue;
                spans.add(new int[]{at.get(p), at.get(p + want.length() - 1) + 1});
                from = p + want.length();
            }
            return spans;
        }
    }
}
