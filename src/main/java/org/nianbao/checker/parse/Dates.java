package org.nianbao.checker.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as Chinese reports write them: 2025年1月10日, 2025-01-10, 二〇二五年一月十日. */
final class Dates {

    private Dates() {
    }

    static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(number(year), number(month), number(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Arabic digits, or Chinese numerals written digit by digit (二〇二五) or as tens (十一, 二十三). */
    static int number(String s) {
        s = s.strip();
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) return Integer.parseInt(s);
        String digits = "〇一二三四五六七八九";
        if (s.indexOf('十') < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = c == '零' || c == 'O' || c == 'o' ? 0 : digits.indexOf(c);
                if (d < 0) throw new NumberFormatException(s);
                v = v * 10 + d;
            }
            return v;
        }
        int ten = s.indexOf('十');
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        if (tens < 0 || ones < 0) throw new NumberFormatException(s);
        return tens * 10 + ones;
    }
}
