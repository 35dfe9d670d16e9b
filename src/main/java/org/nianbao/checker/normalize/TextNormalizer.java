package org.nianbao.checker.normalize;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Brings report text to one canonical form for matching: simplified characters, ASCII digits, letters and
 * brackets, no invisible characters or conversion debris. The original text is kept elsewhere for evidence.
 */
public final class TextNormalizer {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern LEADING_QUESTION_MARKS = Pattern.compile("^[?？]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060\\uFEFF\\u00AD]");

    /**
     * Characters that only traditional text uses, common in these reports. Converting is costly (ICU works
     * per character at about 2 µs), so only text containing one of them is converted.
     */
    private static final String TRADITIONAL_HINTS =
            "國於資訊開報書與為會時這個們來對說發過還機關區縣門網條數據計請處審記議訴複結辦應總體況態適當權屬於規範並從審決廢現實務變動經濟費無務統期內續轉訟維審糾";

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        return normalize(text, text != null && containsTraditional(text));
    }

    /**
     * @param traditional convert traditional characters; decided once per document, because a single cell
     *                    (行政許可) may hold none of the telltale characters
     */
    public static String normalize(String text, boolean traditional) {
        if (text == null || text.isEmpty()) return text;
        String s = text.indexOf("[bookmark") >= 0 ? BOOKMARK.matcher(text).replaceAll("") : text;
        if (hasInvisible(s)) s = INVISIBLE.matcher(s).replaceAll("");
        if (traditional) s = toSimplified(s);
        s = toHalfWidth(s);
        s = s.strip();
        if (!s.isEmpty() && (s.charAt(0) == '?' || s.charAt(0) == '？')) s = LEADING_QUESTION_MARKS.matcher(s).replaceFirst("").strip();
        return s;
    }

    /**
     * ICU's Hant-Hans mapping is per character, so each character is converted once and remembered: a whole
     * traditional report then costs an array lookup per character instead of ICU's 2 µs.
     */
    private static final char[] SIMPLIFIED = new char[0x10000];

    static String toSimplified(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x3400 || Character.isSurrogate(c)) continue;
            char m = SIMPLIFIED[c];
            if (m == 0) {
                // benign race: two threads may compute the same mapping; a char write is atomic
                String t = TO_SIMPLIFIED.get().transliterate(String.valueOf(c));
                m = t.length() == 1 ? t.charAt(0) : c;
                SIMPLIFIED[c] = m;
            }
            if (m != c) {
                if (sb == null) sb = new StringBuilder(s);
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final boolean[] IS_HINT = new boolean[0x10000];

    static {
        for (char c : TRADITIONAL_HINTS.toCharArray()) IS_HINT[c] = true;
    }

    public static boolean containsTraditional(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (IS_HINT[s.charAt(i)]) return true;
        }
        return false;
    }

    private static boolean hasInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD) return true;
        }
        return false;
    }

    /** Full-width ASCII (Ａ１（) to ASCII, ideographic and no-break spaces to spaces. */
    static String toHalfWidth(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= 0xFF01 && c <= 0xFF5E) r = (char) (c - 0xFEE0);
            else if (c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009) r = ' ';
            if (r != c) {
                if (sb == null) sb = new StringBuilder(s);
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** What {@link #compact} leaves out: whitespace, the ideographic space and the no-break space. */
    public static boolean isSpace(char c) {
        // asked of every character of every report: Chinese text (past U+3000) and printable ASCII answer at once
        if (c > '\u3000' || (c > ' ' && c < '\u007F')) return false;
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    /** Whether {@link #compact} of the text would be longer than {@code n}, without building it. */
    public static boolean compactLongerThan(String s, int n) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && ++count > n) return true;
        }
        return false;
    }

    /** The text without any whitespace, for label matching ("自 然 人" is 自然人). */
    public static String compact(String s) {
        if (s == null) return "";
        boolean spaced = false;
        for (int i = 0; i < s.length() && !spaced; i++) {
            char c = s.charAt(i);
            spaced = isSpace(c);
        }
        if (!spaced) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) sb.append(c);
        }
        return sb.toString();
    }
}
