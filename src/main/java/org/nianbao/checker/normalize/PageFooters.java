package org.nianbao.checker.normalize;

import java.util.regex.Pattern;

/**
 * Page numbers a paginated original leaves in a text copy: a line that is only "— 3 —", "- 3 -", "第 3 页 共 9 页"
 * or "3/9", wherever it falls (inside a table too), and "第 3 页 共 9 页" inside a line. A bare number on its own line
 * is not one: in a table laid out one cell per line it is a cell.
 */
final class PageFooters {

    private static final Pattern FOOTER_LINE = Pattern.compile(
            "^[-—–―]{1,3}\\s*\\d{1,4}\\s*[-—–―]{1,3}$"
                    + "|^第\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*(共\\s*\\d{1,4}\\s*页)?$"
                    + "|^共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$"
                    + "|^(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?$");
    /** How a footer line can start (each alternative of {@link #FOOTER_LINE}): most lines are ruled out by it. */
    private static final String FOOTER_START = "-—–―第共0123456789pP";
    private static final Pattern INLINE = Pattern.compile(
            "第\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页|共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页");

    private PageFooters() {
    }

    /** The whole text is a page number or page footer. */
    static boolean isFooter(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 20 && FOOTER_START.indexOf(t.charAt(0)) >= 0 && FOOTER_LINE.matcher(t).matches();
    }

    /** Whether some 页 follows a digit (spaces between): what every footer inside a line has, and few sentences. */
    private static boolean hasNumberedPage(String text) {
        for (int at = text.indexOf('页'); at >= 0; at = text.indexOf('页', at + 1)) {
            int p = at - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) p--;
            if (p >= 0 && text.charAt(p) >= '0' && text.charAt(p) <= '9') return true;
        }
        return false;
    }

    /** The text without "第 3 页 共 9 页" inside it. */
    static String stripInline(String text) {
        if (!hasNumberedPage(text)) return text;
        return INLINE.matcher(text).replaceAll(" ").strip();
    }
}
