package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running text of a page (tables painted out) as horizontal strips cut at blank gaps, blank paper left out, in
 * two groups of about equal height so that two engine processes read a page's text side by side on two cores.
 */
final class TextStrips {

    private record Strip(int top, int bottom, int left, int right, double scale) {
    }

    /**
     * A single line is scaled to glyphs of about this height: the engine read a clear bold heading 50 pixels tall
     * as nothing at all, and the same heading at 35 pixels correctly.
     */
    private static final double LINE_PIXELS = 32;

    private static final int PAD = 12;

    private final GreyImage page;
    private final List<List<Strip>> groups;
    private final double scale;

    private TextStrips(GreyImage page, List<List<Strip>> groups, double scale) {
        this.page = page;
        this.groups = groups;
        this.scale = scale;
    }

    static TextStrips of(GreyImage page, Ink ink, int targetDpi) {
        int h = page.height(), w = page.width();
        int[] count = new int[h], minX = new int[h], maxX = new int[h];
        for (int y = 0; y < h; y++) {
            int base = y * w, n = 0, lo = w, hi = -1;
            for (int x = 0; x < w; x++) {
                if ((page.pixels()[base + x] & 0xFF) < ink.text()) {
                    n++;
                    if (lo == w) lo = x;
                    hi = x;
                }
            }
            count[y] = n;
            minX[y] = lo;
            maxX[y] = hi;
        }
        int speck = Math.max(2, page.dpi() / 150);
        int gap = Math.max(6, page.dpi() / 12);   // wider than the space between two lines of a paragraph
        List<Strip> strips = new ArrayList<>();
        int start = -1, lastInk = -1, lo = w, hi = -1;
        long inkInStrip = 0;
        long minInk = (long) page.dpi() * page.dpi() / 300;
        for (int y = 0; y <= h; y++) {
            boolean inked = y < h && count[y] > speck;
            if (inked) {
                if (start < 0) {
                    start = y;
                    lo = w;
                    hi = -1;
                    inkInStrip = 0;
                }
                lastInk = y;
                lo = Math.min(lo, minX[y]);
                hi = Math.max(hi, maxX[y]);
                inkInStrip += count[y];
            } else if (start >= 0 && (y == h || y - lastInk > gap)) {
                if (inkInStrip >= minInk) strips.add(new Strip(start, lastInk, lo, hi, lineScale(lastInk - start + 1, page.dpi(), targetDpi)));
                start = -1;
            }
        }
        double scale = page.dpi() > targetDpi + 20 ? (double) targetDpi / page.dpi() : 1.0;
        return new TextStrips(page, halves(strips), scale);
    }

    /** One line (no taller than a 24-point heading) to {@link #LINE_PIXELS}; a taller strip to the target resolution. */
    private static double lineScale(int height, int dpi, int targetDpi) {
        if (height <= dpi / 3) return Math.max(0.3, Math.min(2.0, LINE_PIXELS / height));
        return dpi > targetDpi + 20 ? (double) targetDpi / dpi : 1.0;
    }

    /** Strips split into two runs of about equal height (one run when there is little text). */
    private static List<List<Strip>> halves(List<Strip> strips) {
        List<List<Strip>> groups = new ArrayList<>();
        if (strips.isEmpty()) return groups;
        long total = 0;
        for (Strip s : strips) total += s.bottom() - s.top() + 1;
        if (strips.size() == 1 || total < 400) {
            groups.add(strips);
            return groups;
        }
        long seen = 0;
        int cut = 1;
        for (int i = 0; i < strips.size(); i++) {
            seen += strips.get(i).bottom() - strips.get(i).top() + 1;
            if (seen * 2 >= total) {
                cut = Math.max(1, Math.min(strips.size() - 1, seen * 2 - total > total / 4 && i > 0 ? i : i + 1));
                break;
            }
        }
        groups.add(new ArrayList<>(strips.subList(0, cut)));
        groups.add(new ArrayList<>(strips.subList(cut, strips.size())));
        return groups;
    }

    /** Writes each group's strips as images; one list of files per engine process. */
    List<List<Path>> write(Path dir) throws IOException {
        List<List<Path>> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < groups.get(g).size(); i++) {
                Strip s = groups.get(g).get(i);
                Path f = dir.resolve("text-" + g + "-" + i + ".pgm");
                page.crop(s.left() - PAD, s.top() - PAD, s.right() + PAD + 1, s.bottom() + PAD + 1).scale(s.scale()).writePgm(f);
                files.add(f);
            }
            out.add(files);
        }
        return out;
    }

    int dpi() {
        return (int) Math.round(page.dpi() * scale);
    }

    /** The page height of {@code y} in image {@code image} of group {@code group}. */
    int pageY(int group, int image, int y) {
        Strip s = groups.get(group).get(image);
        return Math.max(0, s.top() - PAD) + (int) Math.round(y / s.scale());
    }
}
