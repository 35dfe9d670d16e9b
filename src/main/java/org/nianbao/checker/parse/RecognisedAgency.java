package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency's name recognised from a scan is taken only where the rest of the document bears it out. OCR misreads a
 * character of a title with high confidence (洪泽区 as 潜泽区 on a 200-dpi page), and the name becomes the workbook's
 * name and the key across years, so it is checked as carefully as a table cell: each place of the name (淮安市,
 * 洪泽区, 财政局) must be written again elsewhere in the report, in the body or the signature. A place that is not
 * is corrected when the rest of the text writes one word, differing from it in one character, at least twice
 * (潜泽区 → 洪泽区). One that is neither (a city written only in the signature: 德阳市罗江区教育局 over a body that
 * says 罗江区教育局) is kept only when it is a broader place than the agency's own last part, that part is borne
 * out, and the line was read with the confidence a number needs; otherwise the name is not certain and not used.
 */
final class RecognisedAgency {

    /** What the check made of the name. */
    enum Outcome { CONFIRMED, CORRECTED, NOT_CERTAIN }

    /** The name to use (null when not certain) and how it was found. */
    record Checked(String name, Outcome outcome) {
    }

    /** Where one administrative place ends inside a name: 江苏省|淮安市|洪泽区|人民政府. */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}+?(省|自治区|市|自治州|州|盟|地区|区|县|旗|镇|乡|街道)(?=\\p{IsHan}{2})");
    /** The words every government's name ends with: they say nothing about which one it is. */
    private static final Pattern GENERIC_TAIL = Pattern.compile("(人民政府|政府)?(办公室|办公厅)?$");
    /** A correction needs this many occurrences elsewhere: one more misread must not decide the name. */
    private static final int CORRECTION_EVIDENCE = 2;

    private RecognisedAgency() {
    }

    /**
     * @param name       the agency as recognised (from the title or the signature)
     * @param elsewhere  the report's other lines, compact, one entry per line
     * @param readSurely the name's line was recognised at or above the confidence threshold
     */
    static Checked check(String name, List<String> elsewhere, boolean readSurely) {
        String text = String.join("\n", elsewhere);
        String corrected = name;
        boolean changed = false;
        List<String> parts = parts(name);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (text.contains(part)) continue;
            String fix = correction(part, text);
            if (fix != null) {
                corrected = corrected.replace(part, fix);
                changed = true;
            } else if (!readSurely || i == parts.size() - 1) {
                // the agency itself (its last part) must be borne out; a broader place only on a surely read line
                return new Checked(null, Outcome.NOT_CERTAIN);
            }
        }
        return changed ? new Checked(corrected, Outcome.CORRECTED) : new Checked(name, Outcome.CONFIRMED);
    }

    /** The parts of a name that tell it apart: its places and what follows them, without the generic tail. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACE.matcher(name);
        int end = 0;
        while (m.find() && m.start() == end) {
            parts.add(m.group());
            end = m.end();
        }
        String rest = name.substring(end);
        Matcher tail = GENERIC_TAIL.matcher(rest);
        if (tail.find()) rest = rest.substring(0, tail.start());
        if (rest.length() >= 2) parts.add(rest);
        if (parts.isEmpty()) parts.add(name);
        return parts;
    }

    /**
     * The one word of the text as long as {@code part} that differs from it in exactly one Chinese character and is
     * written at least {@link #CORRECTION_EVIDENCE} times; null when there is none or more than one.
     */
    private static String correction(String part, String text) {
        Map<String, Integer> counts = new TreeMap<>();
        int n = part.length();
        for (int i = 0; i + n <= text.length(); i++) {
            int differ = -1;
            boolean close = true;
            for (int k = 0; k < n && close; k++) {
                if (text.charAt(i + k) == part.charAt(k)) continue;
                if (differ >= 0 || !Character.isIdeographic(text.charAt(i + k))) close = false;
                differ = k;
            }
            if (close && differ >= 0) counts.merge(text.substring(i, i + n), 1, Integer::sum);
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (e.getValue() < CORRECTION_EVIDENCE) continue;
            if (best != null) return null;
            best = e.getKey();
        }
        return best;
    }
}
