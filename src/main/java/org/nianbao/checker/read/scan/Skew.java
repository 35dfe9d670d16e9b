package org.nianbao.checker.read.scan;

/**
 * The angle a page was scanned at. Text lines and table rules run level on the printed page, so the angle that
 * lines the dark pixels up into the fewest, fullest rows (the sharpest horizontal projection) is the skew. Tried
 * on a page shrunk to about 1,200 pixels wide, where a darkest-pixel reduction keeps thin rules.
 */
final class Skew {

    static final double MAX_DEGREES = 3.0;

    private Skew() {
    }

    /** Skew in degrees: content drops {@code tan(angle)} pixels per pixel to the right (y downwards). */
    static double estimate(GreyImage page, int darkBelow) {
        int factor = Math.max(1, page.width() / 1200);
        int w = page.width() / factor, h = page.height() / factor;
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (darkest(page, x * factor, y * factor, factor) < darkBelow) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) return 0;
        double best = 0, bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
            double s = score(xs, ys, n, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    private static int darkest(GreyImage page, int x0, int y0, int size) {
        int min = 255;
        for (int y = y0; y < y0 + size && y < page.height(); y++) {
            for (int x = x0; x < x0 + size && x < page.width(); x++) min = Math.min(min, page.at(x, y));
        }
        return min;
    }

    /** Sum of squared row counts after shearing by the angle: large when the dark pixels gather in level rows. */
    private static double score(int[] xs, int[] ys, int n, int h, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * 4000) + 2;
        long[] rows = new long[h + 2 * margin];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(ys[i] - xs[i] * t) + margin;
            if (r >= 0 && r < rows.length) rows[r]++;
        }
        double s = 0;
        for (long c : rows) s += (double) c * c;
        return s;
    }
}
