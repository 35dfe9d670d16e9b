package org.nianbao.checker.write;

/**
 * Estimates how tall a row of wrapped text must be. Excel does not reliably grow rows to fit wrapped text
 * written by POI, so rows get an explicit height from the longest cell.
 */
final class RowHeights {

    static final float LINE_POINTS = 15f;
    private static final float MAX_POINTS = 409f; // Excel's row height limit

    private RowHeights() {
    }

    /**
     * Lines {@code text} needs in a column {@code widthChars} wide. A CJK character is taken as 1.8 widths of '0':
     * about right for 等线 in Excel, a little generous in LibreOffice, and too tall is better than cut off.
     */
    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) return 1;
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int tenths = 0;
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                tenths += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x30FF
                        || cp >= 0xFF00 && cp <= 0xFFEF ? 18 : 10;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (int) Math.ceil(tenths / (10.0 * Math.max(1, widthChars - 1))));
        }
        return lines;
    }

    /** Row height in points for {@code lines} lines, within Excel's limit. */
    static float points(int lines) {
        return Math.min(MAX_POINTS, Math.max(1, lines) * LINE_POINTS + 3);
    }
}
