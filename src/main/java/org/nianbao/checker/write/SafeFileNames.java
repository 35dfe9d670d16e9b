package org.nianbao.checker.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Report;

/**
 * Turns agency names into file names that are valid on Windows, macOS and Linux, and unique within one run: the
 * same agency always gets the same name, two agencies whose names clean up to the same text get different ones.
 * Chinese characters are kept. One instance per run.
 */
public final class SafeFileNames {

    /** Prefix of the workbook for a report whose agency could not be identified. */
    public static final String UNIDENTIFIED_PREFIX = "未识别机关-";

    /** Longest base name in characters; leaves room for a suffix, ".xlsx" and a deep folder under MAX_PATH. */
    static final int MAX_LENGTH = 80;
    /**
     * Longest base name in UTF-8 bytes. Linux and macOS limit a name to 255 bytes, and a Chinese character takes
     * three: 80 of them passed the limit once ".xlsx" and the temporary name's additions were on. 180 leaves room
     * for "(99)", ".xlsx" and AtomicOutput's temporary name.
     */
    static final int MAX_BYTES = 180;

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\u2028\\u2029\\uFEFF]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$)");

    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** A registry with nothing taken but the names of the run-wide outputs (summary, findings). */
    public SafeFileNames() {
        this("summary", "findings");
    }

    /** A registry in which {@code reserved} base names (case-insensitive) are never handed out. */
    public SafeFileNames(String... reserved) {
        for (String r : reserved) taken.add(r.toLowerCase(Locale.ROOT));
    }

    /**
     * A valid file name for {@code name} (no extension): forbidden characters become "_", leading and trailing
     * dots and spaces go, device names such as CON get a "_" appended, and the length is capped. Never empty.
     */
    public static String sanitize(String name) {
        String s = name == null ? "" : FORBIDDEN.matcher(name).replaceAll("_");
        s = s.replaceAll("\\s+", " ");
        s = stripDotsAndSpaces(s);
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = stripDotsAndSpaces(s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)));
        }
        if (utf8Length(s) > MAX_BYTES) s = stripDotsAndSpaces(truncateToBytes(s, MAX_BYTES));
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) s = "未命名" + s;
        // Windows treats "CON.txt" and "con .x" as the device too: check the part before the first dot.
        String stem = s.split("\\.", 2)[0].strip();
        if (RESERVED.matcher(stem).matches()) s = stem + "_" + s.substring(stem.length());
        return s;
    }

    /** The base name of the workbook for {@code agency}; the same agency gets the same name on every call. */
    public synchronized String forAgency(String agency) {
        return assign("agency:" + agency.replaceAll("\\s+", ""), sanitize(agency));
    }

    /**
     * The base name of the workbook that holds {@code report}: its agency's, or {@value #UNIDENTIFIED_PREFIX}
     * followed by the file name when no agency was identified.
     */
    public synchronized String forReport(Report report) {
        String agency = report.agency();
        if (agency != null && !agency.isBlank()) return forAgency(agency);
        String file = report.fileName() != null ? report.fileName() : String.valueOf(report.file());
        return assign("file:" + report.file(), sanitize(UNIDENTIFIED_PREFIX + file));
    }

    private String assign(String key, String base) {
        String known = byKey.get(key);
        if (known != null) return known;
        String candidate = base;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "(" + n + ")"; // Windows file names are case-insensitive, so compare lower-cased
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        byKey.put(key, candidate);
        return candidate;
    }

    /** The longest prefix of {@code s} that takes at most {@code maxBytes} in UTF-8, cut between characters. */
    public static String truncateToBytes(String s, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) return s.substring(0, i);
            bytes += len;
            i += Character.charCount(cp);
        }
        return s;
    }

    static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String stripDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) start++;
        while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) end--;
        return s.substring(start, end);
    }
}
