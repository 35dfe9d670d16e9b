package org.nianbao.checker.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * What is written in one table cell, judged from its ink before any OCR: nothing, a number, or words. A cell with
 * no ink is blank for certain; a number is one line of glyphs each narrower than tall (digits, a point, a sign),
 * where a Chinese character is as wide as it is tall. The crop sent to the engine is the ink's box on white, with
 * specks and what is left of the rules painted out.
 */
record CellInk(Kind kind, GreyImage crop, int glyphHeight) {

    enum Kind { EMPTY, NUMBER, TEXT }

    private record Component(int left, int top, int right, int bottom, int area, List<Integer> pixels) {
        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }
    }

    static CellInk of(GreyImage page, Ink ink, int left, int top, int right, int bottom) {
        int shrink = Math.max(3, page.dpi() / 60);
        int x0 = left + shrink, y0 = top + shrink, x1 = right - shrink, y1 = bottom - shrink;
        if (x1 - x0 < 4 || y1 - y0 < 4) return new CellInk(Kind.EMPTY, null, 0);
        GreyImage area = page.crop(x0, y0, x1, y1);
        int w = area.width(), h = area.height();
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) dark[i] = (area.pixels()[i] & 0xFF) < ink.text();
        int minArea = Math.max(4, page.dpi() * page.dpi() / 15000);
        int thin = Math.max(2, page.dpi() / 100);
        List<Component> kept = new ArrayList<>();
        List<Component> dropped = new ArrayList<>();
        boolean[] seen = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) {
            if (!dark[i] || seen[i]) continue;
            Component c = component(dark, seen, w, h, i);
            boolean speck = c.area() < minArea;
            (speck || isRule(c, w, h, thin) ? dropped : kept).add(c);
        }
        if (kept.isEmpty()) return new CellInk(Kind.EMPTY, null, 0);
        int bl = w, bt = h, br = 0, bb = 0, tallest = 0;
        for (Component c : kept) {
            bl = Math.min(bl, c.left());
            bt = Math.min(bt, c.top());
            br = Math.max(br, c.right());
            bb = Math.max(bb, c.bottom());
            tallest = Math.max(tallest, c.height());
        }
        int boxHeight = bb - bt + 1;
        Kind kind = isNumber(kept, boxHeight, tallest) ? Kind.NUMBER : Kind.TEXT;

        // Hysteresis: a glyph is its dark strokes and the lighter ink joined to them. The hairline of a serif 4,
        // printed grey, falls apart into specks at the ink threshold; cropping to the dark pieces and painting the
        // specks out turned 447 into a confident 147. Ink joined to no glyph (specks, what is left of a rule) is
        // painted out; the crop is the box of the glyphs with their light strokes.
        byte[] px = area.pixels();
        boolean[] light = new boolean[w * h];
        for (int i = 0; i < light.length; i++) light[i] = (px[i] & 0xFF) < ink.rules();
        boolean[] lightSeen = new boolean[w * h];
        int[] glyphOf = new int[w * h];
        java.util.Arrays.fill(glyphOf, -1);
        List<Component> joined = new ArrayList<>();
        for (int i = 0; i < light.length; i++) {
            if (!light[i] || lightSeen[i]) continue;
            Component c = component(light, lightSeen, w, h, i);
            for (int p : c.pixels()) glyphOf[p] = joined.size();
            joined.add(c);
        }
        boolean[] holdsGlyph = new boolean[joined.size()];
        for (Component c : kept) holdsGlyph[glyphOf[c.pixels().get(0)]] = true;
        for (int j = 0; j < joined.size(); j++) {
            Component c = joined.get(j);
            if (!holdsGlyph[j]) {
                for (int p : c.pixels()) px[p] = (byte) 255;
            } else if (c.width() < 0.8 * w && c.height() < 0.8 * h) {
                // a glyph's light strokes widen the box; one joined to a rule by its halo keeps the dark box
                bl = Math.min(bl, c.left());
                bt = Math.min(bt, c.top());
                br = Math.max(br, c.right());
                bb = Math.max(bb, c.bottom());
            }
        }
        for (Component c : dropped) if (isRule(c, w, h, thin)) for (int p : c.pixels()) px[p] = (byte) 255;
        int pad = Math.max(6, boxHeight / 3);
        GreyImage crop = area.crop(bl, bt, br + 1, bb + 1).pad(pad);
        return new CellInk(kind, crop, kind == Kind.NUMBER ? boxHeight : tallest);
    }

    /** What is left of a ruling line at the cell's edge: nearly as long as the cell, a rule's width thick. */
    private static boolean isRule(Component c, int w, int h, int thin) {
        return (c.width() >= 0.8 * w && c.height() <= thin + 1) || (c.height() >= 0.8 * h && c.width() <= thin + 1);
    }

    /**
     * One line (the box no taller than one and a half of its tallest piece) of glyphs that are each narrower than
     * the line is tall; or one flat stroke alone (a dash for "none"). Pieces that overlap left to right are one glyph.
     */
    private static boolean isNumber(List<Component> parts, int boxHeight, int tallest) {
        if (boxHeight > 1.5 * tallest) return false;
        List<int[]> glyphs = new ArrayList<>();   // left, right, top, bottom
        parts.stream().sorted((a, b) -> Integer.compare(a.left(), b.left())).forEach(c -> {
            int[] last = glyphs.isEmpty() ? null : glyphs.get(glyphs.size() - 1);
            if (last != null && c.left() <= last[1]) {
                last[1] = Math.max(last[1], c.right());
                last[2] = Math.min(last[2], c.top());
                last[3] = Math.max(last[3], c.bottom());
            } else {
                glyphs.add(new int[]{c.left(), c.right(), c.top(), c.bottom()});
            }
        });
        if (glyphs.size() > 16) return false;
        if (glyphs.size() == 1 && parts.size() == 1) {
            int[] g = glyphs.get(0);
            int gw = g[1] - g[0] + 1, gh = g[3] - g[2] + 1;
            if (gh * 3 <= gw) return true;   // a lone dash
        }
        for (int[] g : glyphs) {
            int gw = g[1] - g[0] + 1, gh = g[3] - g[2] + 1;
            if (gw > 0.8 * boxHeight && gh > 0.4 * boxHeight) return false;   // as wide as tall: a character
        }
        return true;
    }

    private static Component component(boolean[] dark, boolean[] seen, int w, int h, int start) {
        List<Integer> pixels = new ArrayList<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        int l = w, t = h, r = 0, b = 0;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            pixels.add(p);
            int x = p % w, y = p / w;
            l = Math.min(l, x);
            r = Math.max(r, x);
            t = Math.min(t, y);
            b = Math.max(b, y);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    int q = ny * w + nx;
                    if (dark[q] && !seen[q]) {
                        seen[q] = true;
                        queue.add(q);
                    }
                }
            }
        }
        return new Component(l, t, r, b, pixels.size(), pixels);
    }
}
