package org.nianbao.checker.write;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Puts values into cells. Text always goes in as a string cell, so report text such as "=1+1" or "@SUM(A1)" is
 * shown literally and never becomes a formula; it is also cleaned of characters XML cannot carry and cut to
 * the length Excel accepts.
 */
final class TextCells {

    private static final int MAX = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private TextCells() {
    }

    /** A string cell holding {@code text} (an empty cell when null), with {@code style} when not null. */
    static Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null) cell.setCellValue(clean(text));
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    /**
     * A numeric cell, or an empty one when {@code value} is null. A value that is not finite is written as text:
     * Excel has no such number and shows the cell as #DIV/0! or #NUM!.
     */
    static Cell number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && Double.isFinite(value.doubleValue())) cell.setCellValue(value.doubleValue());
        else if (value != null) cell.setCellValue(String.valueOf(value));
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    /** Text safe for a cell: control characters other than tab and line breaks replaced, length capped. */
    static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validPair(text, i));
            if (bad && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb != null) {
                if (bad) sb.append(' ');
                else sb.append(c);
            }
        }
        String s = sb == null ? text : sb.toString();
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
