package org.nianbao.checker.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Reads a table cell as a number: clean, blank (written as nothing, -, —, /, 无) or malformed (00, 1 0, a
 * stray unit, a number no report can hold). Notes after the number ("22(其中修订16件)") are allowed: the number is
 * the leading figure.
 */
record CellValue(Double value, boolean blank, boolean malformed) {

    private static final Pattern BLANK = Pattern.compile("^[-—–―/／\\\\无]?$|^--$|^——$");
    private static final Pattern CLEAN = Pattern.compile("^-?(0|[1-9]\\d{0,2}(,\\d{3})+|[1-9]\\d*)(\\.\\d+)?$");
    private static final Pattern WITH_NOTE = Pattern.compile("^(-?\\d[\\d,]*(\\.\\d+)?)\\s*[(（][^)）]*[)）]$");
    private static final Pattern WITH_UNIT = Pattern.compile("^(-?\\d[\\d,]*(\\.\\d+)?)\\s*(万元|元|件|条|个|项)$");
    private static final Pattern NUMBERISH = Pattern.compile("^[-+]?[\\d][\\d\\s,.]*$");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");

    static boolean looksLikeValue(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return false;
        if (t.length() <= 9 && allDigits(t)) return true;
        // fast path: a value starts with a digit, a sign or a blank marker; labels start with a character
        char first = t.charAt(0);
        if (!(Character.isDigit(first) || "-—–―/／\\无+".indexOf(first) >= 0)) return false;
        String c = TextNormalizer.compact(t);
        if (c.length() > 2 && !figureThenNoteOrUnit(c)) return false;
        return BLANK.matcher(c).matches() || NUMBERISH.matcher(t).matches() || WITH_NOTE.matcher(c).matches()
                || WITH_UNIT.matcher(c).matches();
    }

    /**
     * Whether the leading figure (sign, digits, commas, points) is followed by nothing, a note in brackets or a unit:
     * what NUMBERISH, WITH_NOTE and WITH_UNIT can match. Sentences that start with a number ("2023年，…") stop here
     * instead of going through all three patterns.
     */
    private static boolean figureThenNoteOrUnit(String c) {
        int i = 0;
        if (c.charAt(0) == '-' || c.charAt(0) == '+') i++;
        while (i < c.length() && (Character.isDigit(c.charAt(i)) || c.charAt(i) == ',' || c.charAt(i) == '.')) i++;
        return i == c.length() || "(（万元件条个项".indexOf(c.charAt(i)) >= 0;
    }

    /**
     * @param unitAllowed whether a unit such as 万元 belongs in this cell (the 2019 procurement amount)
     */
    static CellValue parse(String text, boolean unitAllowed) {
        return parse(text, unitAllowed, ParserSettings.DEFAULT_IMPLAUSIBLE_FROM);
    }

    /**
     * @param implausibleFrom a number this large or larger is beyond any count a report can hold (see
     *                        {@link ParserSettings#DEFAULT_IMPLAUSIBLE_FROM}): malformed, with no value, so no sum uses it
     */
    static CellValue parse(String text, boolean unitAllowed, double implausibleFrom) {
        CellValue v = read(text, unitAllowed);
        if (v.value != null && !(Math.abs(v.value) < implausibleFrom)) return new CellValue(null, false, true);
        return v;
    }

    private static CellValue read(String text, boolean unitAllowed) {
        String t = text == null ? "" : text.strip();
        // nearly every cell is a plain count: read it without the patterns
        if (!t.isEmpty() && t.length() <= 9 && (t.charAt(0) != '0' || t.length() == 1) && allDigits(t)) {
            return new CellValue((double) Integer.parseInt(t), false, false);
        }
        String c = TextNormalizer.compact(t);
        if (BLANK.matcher(c).matches()) return new CellValue(null, true, false);
        if (CLEAN.matcher(t).matches()) return new CellValue(number(t), false, false);
        Matcher note = WITH_NOTE.matcher(c);
        if (note.matches() && CLEAN.matcher(note.group(1)).matches()) {
            return new CellValue(number(note.group(1)), false, false);
        }
        Matcher unit = WITH_UNIT.matcher(c);
        if (unit.matches()) {
            double v = number(unit.group(1));
            if ("万元".equals(unit.group(3)) || "元".equals(unit.group(3))) {
                return new CellValue(v, false, !unitAllowed);
            }
            return new CellValue(v, false, true);
        }
        // "00" is still 0; "1 0" could be 10 or two cells, so it gets no value
        if (INTEGER.matcher(t).matches()) return new CellValue(number(t), false, true);
        return new CellValue(null, false, true);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }
}
