package org.nianbao.checker.history;

import java.util.regex.Pattern;

import org.nianbao.checker.normalize.TextNormalizer;

/**
 * How agency names are matched across years and reports. A name is first normalised: simplified characters,
 * half-width, no spaces or punctuation. Two names are the same agency when they are equal, or when one is the
 * other with region prefixes in front ("乐山市金口河区教育局" and "金口河区教育局"): the part in front must consist of
 * whole region names (ending in 省, 自治区, 市, 自治州, 州, 地区, 盟, 县, 区, 旗), and the shorter name must itself still
 * begin with a region ("教育局" alone never matches). "北京市朝阳区教育局" and "长春市朝阳区教育局" are different agencies:
 * neither is the other with a prefix.
 *
 * <p>The {@link #key} is the name without all but its last region prefix ("金口河区教育局" for both spellings above):
 * names that may match share it, so the store finds candidates by key and {@link #same} decides.
 */
public final class AgencyNames {

    /** The last character of a region name (省, 市, 州, 盟, 县, 区, 旗; 自治区, 地区, 自治州, 自治县 end in them too). */
    private static final String REGION_ENDS = "省市州盟县区旗";
    /** A region name is two to ten characters. */
    private static final int REGION_MAX = 10;
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}·•（）()「」『』【】《》“”‘’、，。：；]+");

    private AgencyNames() {
    }

    /** The name normalised for comparison; null for none. */
    public static String normalise(String name) {
        if (name == null) return null;
        String n = NOISE.matcher(TextNormalizer.normalize(name, true)).replaceAll("");
        return n.isEmpty() ? null : n;
    }

    /**
     * Keys already made, by name: a run keys each report's agency three times (its memo, its document and its
     * record). Bounded: past the bound a name is keyed afresh.
     */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 50_000;

    /** The key names that may be the same agency share: the normalised name without all but its last region. */
    public static String key(String name) {
        if (name == null) return null;
        String known = KEYS.get(name);
        if (known != null) return known;
        String key = keyOf(name);
        if (key != null && KEYS.size() < MAX_KEYS) KEYS.put(name, key);
        return key;
    }

    private static String keyOf(String name) {
        String n = normalise(name);
        if (n == null) return null;
        for (int i = n.length() - 1; i > 0; i--) {
            String suffix = n.substring(i);
            if (startsWithRegion(suffix) && onlyRegions(n.substring(0, i))) return suffix;
        }
        return n;
    }

    /** Whether two names are the same agency (see the class comment). */
    public static boolean same(String a, String b) {
        String x = normalise(a), y = normalise(b);
        if (x == null || y == null) return false;
        if (x.equals(y)) return true;
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.endsWith(shorter) && startsWithRegion(shorter)
                && onlyRegions(longer.substring(0, longer.length() - shorter.length()));
    }

    /** Whether {@code s} begins with a region name and has more after it. */
    private static boolean startsWithRegion(String s) {
        for (int end = 2; end <= Math.min(REGION_MAX, s.length() - 1); end++) {
            if (REGION_ENDS.indexOf(s.charAt(end - 1)) >= 0) return true;
        }
        return false;
    }

    /** Whether {@code s} is one or more whole region names ("广州市越秀区", "四川省乐山市"). */
    private static boolean onlyRegions(String s) {
        if (s.isEmpty()) return false;
        for (int end = 2; end <= Math.min(REGION_MAX, s.length()); end++) {
            if (REGION_ENDS.indexOf(s.charAt(end - 1)) < 0) continue;
            if (end == s.length() || onlyRegions(s.substring(end))) return true;
        }
        return false;
    }
}
