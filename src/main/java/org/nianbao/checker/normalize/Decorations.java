package org.nianbao.checker.normalize;

import java.util.regex.Pattern;

/**
 * Markup a copy adds around the report's words, which is layout and not content: markdown headings ({@code ## 一、总体情况}),
 * bold or italic marks ({@code **一、总体情况**}), quote marks of a transcription ({@code > }), list bullets, square
 * brackets around a heading ({@code 【一、总体情况】}), and the conditional comments Word leaves in web pages
 * ({@code <!--[if !supportLists]-->}). Removed from normalised text only; the raw text keeps them for evidence.
 */
final class Decorations {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern QUOTE = Pattern.compile("^(>\\s*)+");
    private static final String BULLETS = "•·●◆◇■□▪▫○◎►▶";
    private static final Pattern BULLET = Pattern.compile("^[" + BULLETS + "]\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern BRACKETED_HEADING = Pattern.compile("【\\s*([一二三四五六七八九十]{1,2}\\s*[、.]|\\d{1,2}\\s*[、.])([^】]{1,40})】");
    private static final Pattern WORD_COMMENT = Pattern.compile("<!--.*?-->|<!\\[(if|endif)[^\\]]*\\]>");
    /** A markdown table's rule row: | --- | :---: | */
    private static final Pattern TABLE_RULE = Pattern.compile("^:?-{3,}:?$");

    private Decorations() {
    }

    /** The cell's text without decorations. */
    static String strip(String text) {
        if (text == null || text.isEmpty() || !mayBeDecorated(text)) return text;
        String s = text;
        if (s.indexOf("<!") >= 0) s = WORD_COMMENT.matcher(s).replaceAll("");
        char first = s.charAt(0);
        if (first == '#') s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
        else if (first == '>') s = QUOTE.matcher(s).replaceFirst("");
        else if (BULLETS.indexOf(first) >= 0) s = BULLET.matcher(s).replaceFirst("");
        if (s.indexOf('*') >= 0 || s.indexOf("__") >= 0) s = EMPHASIS.matcher(s).replaceAll("");
        if (s.indexOf('【') >= 0) s = BRACKETED_HEADING.matcher(s).replaceAll("$1$2");
        return s == text ? s : s.strip();
    }

    /** Whether any decoration can be in the text: one pass over it, as every cell of every file comes here. */
    private static boolean mayBeDecorated(String text) {
        char first = text.charAt(0);
        if (first == '#' || first == '>' || BULLETS.indexOf(first) >= 0) return true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '*' || c == '_' || c == '【') return true;
        }
        return false;
    }

    /** A markdown table's separator row (every cell --- or :---:): layout only. */
    static boolean isTableRule(java.util.List<String> cells) {
        boolean any = false;
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            // every row of every file comes here: most fail on their first character, before any regex
            int at = 0;
            while (Character.isWhitespace(c.charAt(at))) at++;
            char first = c.charAt(at);
            if (first != ':' && first != '-' || !TABLE_RULE.matcher(c.strip()).matches()) return false;
            any = true;
        }
        return any;
    }
}
