package org.nianbao.checker.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Many small crops laid out on one sheet, left to right in lines with wide white gaps, read in one pass. The
 * engine's line model reads a digit far better among others on a line than alone (a lone 0 came back empty or as
 * "t"), and one sheet costs one layout analysis instead of one per cell. Each word the engine finds is given back
 * to the crop its centre falls in.
 */
final class Montage {

    /** Where crop {@code index} was put on the sheet. */
    private record Placement(int left, int top, int right, int bottom) {
        boolean contains(int x, int y) {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    }

    final GreyImage sheet;
    private final List<Placement> places;

    private Montage(GreyImage sheet, List<Placement> places) {
        this.sheet = sheet;
        this.places = places;
    }

    /** Lays the crops out in lines no wider than {@code maxWidth}, {@code gap} pixels apart every way. */
    static Montage of(List<GreyImage> crops, int gap, int maxWidth, int dpi) {
        List<Placement> places = new ArrayList<>();
        int x = gap, y = gap, lineHeight = 0, width = 0;
        for (GreyImage c : crops) {
            if (x > gap && x + c.width() + gap > maxWidth) {
                x = gap;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            places.add(new Placement(x, y, x + c.width() - 1, y + c.height() - 1));
            x += c.width() + gap;
            width = Math.max(width, x);
            lineHeight = Math.max(lineHeight, c.height());
        }
        int height = y + lineHeight + gap;
        GreyImage sheet = GreyImage.blank(Math.max(1, width), Math.max(1, height), dpi);
        for (int i = 0; i < crops.size(); i++) {
            GreyImage c = crops.get(i);
            Placement p = places.get(i);
            for (int row = 0; row < c.height(); row++) {
                System.arraycopy(c.pixels(), row * c.width(), sheet.pixels(), (p.top() + row) * sheet.width() + p.left(), c.width());
            }
        }
        return new Montage(sheet, places);
    }

    /**
     * The words of the sheet, crop by crop; a word whose centre is in no crop is dropped, and one that spreads over
     * the gap into a neighbour keeps its text with confidence 0.
     */
    List<List<Tesseract.Word>> split(List<Tesseract.Word> words) {
        List<List<Tesseract.Word>> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) out.add(new ArrayList<>());
        for (Tesseract.Word w : words) {
            int cx = w.left() + w.width() / 2, cy = w.top() + w.height() / 2;
            for (int i = 0; i < places.size(); i++) {
                Placement p = places.get(i);
                if (!p.contains(cx, cy)) continue;
                // a word reaching well out of its crop took in ink of a neighbour: its text is not this cell's alone
                int slack = 8;
                boolean inside = w.left() >= p.left() - slack && w.left() + w.width() <= p.right() + slack;
                out.get(i).add(inside ? w : new Tesseract.Word(w.image(), w.block(), w.paragraph(), w.line(), w.left(), w.top(),
                        w.width(), w.height(), 0, w.text()));
                break;
            }
        }
        return out;
    }
}
