package org.nianbao.checker.crossreport;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.nianbao.checker.history.AgencyNames;

/**
 * Fingerprints of narrative text for the copy detection. A text is compared as its set of four-character phrases
 * (shingles) taken after dropping spaces and punctuation and writing every digit run as one '#', so that changing
 * the year or a count does not hide a copy; the similarity of two texts is the Jaccard similarity of those sets.
 * A MinHash signature of {@value #SIZE} values estimates it without the sets: one-permutation hashing (each phrase
 * hashed once into one of {@value #SIZE} bins, the smallest hash per bin kept, empty bins filled from the next
 * non-empty one) costs one hash per phrase instead of {@value #SIZE}.
 */
public final class TextPrints {

    /** Values in a signature. */
    public static final int SIZE = 256;
    /** Characters in a shingle: four Chinese characters are about one word pair, rare enough to be telling. */
    static final int SHINGLE = 4;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String MASK = "〔本机关〕";

    private TextPrints() {
    }

    /**
     * The text as compared and shown as evidence: no whitespace, the report's own agency name (full, and without
     * its region prefixes) written as 〔本机关〕, so another agency's text with the name changed reads the same.
     */
    public static String comparable(String text, String agency) {
        return comparable(text, AgencyNames.normalise(agency), AgencyNames.key(agency));
    }

    /** As {@link #comparable(String, String)}, with the agency's normalised name and key worked out once per report. */
    static String comparable(String text, String full, String key) {
        String t = SPACE.matcher(text == null ? "" : text).replaceAll("");
        if (full != null && full.length() >= 2) t = t.replace(full, MASK);
        if (key != null && key.length() >= 3 && !key.equals(full)) t = t.replace(key, MASK);
        return t;
    }

    /**
     * What the copy detection keeps of a comparable text, from one pass over its characters: how long it is, a
     * hash of it, and its MinHash signature (the phrases need no de-duplication for that: a minimum is a minimum).
     */
    public record Print(int length, long textHash, int[] minhash) {
    }

    public static Print print(String comparable) {
        char[] c = letters(comparable);
        long h = 1125899906842597L;
        for (char x : c) h = 31 * h + x;
        return new Print(c.length, mix(h), minhashOf(c));
    }

    private static int[] minhashOf(char[] c) {
        if (c.length < SHINGLE) return minhash(new int[0]);
        int[] h = new int[c.length - SHINGLE + 1];
        for (int i = 0; i < h.length; i++) h[i] = shingle(c, i);
        return minhash(h);
    }

    private static int shingle(char[] c, int i) {
        long x = c[i];
        for (int k = 1; k < SHINGLE; k++) x = x * 65_537 + c[i + k];
        return (int) mix(x);
    }

    /** The characters shingles are taken from: letters and CJK only, each digit run as '#'. */
    static char[] letters(String comparable) {
        char[] out = new char[comparable.length()];
        int n = 0;
        boolean inDigits = false;
        for (int i = 0; i < comparable.length(); i++) {
            char c = comparable.charAt(i);
            if (Character.isDigit(c)) {
                if (!inDigits) out[n++] = '#';
                inDigits = true;
                continue;
            }
            inDigits = false;
            if (Character.isLetter(c)) out[n++] = c;
        }
        return Arrays.copyOf(out, n);
    }


    /** The distinct shingle hashes of a text, sorted. */
    public static int[] shingles(String comparable) {
        char[] c = letters(comparable);
        if (c.length < SHINGLE) return new int[0];
        int[] h = new int[c.length - SHINGLE + 1];
        for (int i = 0; i < h.length; i++) h[i] = shingle(c, i);
        Arrays.sort(h);
        int n = 0;
        for (int i = 0; i < h.length; i++) if (i == 0 || h[i] != h[i - 1]) h[n++] = h[i];
        return Arrays.copyOf(h, n);
    }

    /** The Jaccard similarity of two sorted shingle sets. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The MinHash signature of a shingle set (one-permutation hashing with densification). */
    public static int[] minhash(int[] shingles) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        boolean[] filled = new boolean[SIZE];
        for (int s : shingles) {
            long h = mix(s ^ 0x9E3779B97F4A7C15L);
            int bin = (int) ((h >>> 40) & (SIZE - 1)); // SIZE is a power of two
            int v = (int) (h & 0x7FFFFFFF);
            if (!filled[bin] || v < sig[bin]) {
                sig[bin] = v;
                filled[bin] = true;
            }
        }
        // densification: an empty bin takes the value of the next filled bin to its right, marked by the distance
        boolean any = false;
        for (boolean f : filled) any |= f;
        if (!any) return sig;
        for (int b = 0; b < SIZE; b++) {
            if (filled[b]) continue;
            int d = 1;
            while (!filled[(b + d) % SIZE]) d++;
            sig[b] = (int) mix(sig[(b + d) % SIZE] + 31L * d) & 0x7FFFFFFF;
        }
        return sig;
    }

    /** The share of equal values in two signatures: an estimate of the Jaccard similarity. */
    public static double estimate(int[] a, int[] b) {
        return estimate(a, b, 0);
    }

    /**
     * As {@link #estimate(int[], int[])}, but stops early (returning less than {@code floor}) once the signatures
     * differ in too many values to reach {@code floor}: most pairs that meet in a bucket are far below it.
     */
    public static double estimate(int[] a, int[] b, double floor) {
        int allowed = (int) Math.floor((1 - floor) * SIZE);
        int differ = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] != b[i] && ++differ > allowed) return (double) (i + 1 - differ) / SIZE;
        }
        return (double) (SIZE - differ) / SIZE;
    }


    /** SplitMix64's finaliser: spreads the bits of {@code x}. */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
