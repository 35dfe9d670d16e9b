package org.nianbao.checker.read.scan;

/**
 * Where ink ends and paper begins on a grey page. Otsu's threshold separates the two from the page's histogram;
 * rules printed in grey (many tables are drawn at 50% grey) are lighter than text, so lines are looked for with a
 * more lenient threshold halfway between the ink threshold and the paper.
 *
 * @param text  a pixel darker than this is ink of a glyph
 * @param rules a pixel darker than this may belong to a table rule
 */
record Ink(int text, int rules) {

    static Ink of(GreyImage image) {
        long[] hist = new long[256];
        byte[] p = image.pixels();
        // a sample is enough for a histogram and keeps this linear in a fraction of the page
        int step = p.length > 4_000_000 ? 3 : 1;
        for (int i = 0; i < p.length; i += step) hist[p[i] & 0xFF]++;
        int otsu = otsu(hist);
        int paper = paper(hist, otsu);
        int rules = Math.min(paper - 12, (otsu + paper) / 2);
        return new Ink(otsu, Math.max(otsu, rules));
    }

    static int otsu(long[] hist) {
        long total = 0, sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (long) i * hist[i];
        }
        long wB = 0, sumB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (long) t * hist[t];
            double mB = (double) sumB / wB, mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** The commonest grey above the ink threshold: the paper. */
    private static int paper(long[] hist, int above) {
        int best = 255;
        long count = -1;
        for (int i = above + 1; i < 256; i++) {
            if (hist[i] > count) {
                count = hist[i];
                best = i;
            }
        }
        return best;
    }
}
