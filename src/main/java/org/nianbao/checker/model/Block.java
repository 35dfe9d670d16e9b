package org.nianbao.checker.model;

import java.util.List;

/**
 * One unit of a document in reading order: a paragraph (one cell), a table row (its cells), or a table that lost
 * its borders, cut into its labels and runs of numbers (INLINE: a crawled page's or one-line copy's table, whose
 * runs may hold several cells each; made by the parser). {@code cells}
 * is what the parser reads (normalised once the normaliser has run); {@code raw} keeps the text exactly as the
 * reader found it, for evidence.
 *
 * @param confidence for text recognised from a scan (OCR), the engine's confidence in each cell, 0–100, one entry
 *                   per cell (an empty cell is 100: no ink, nothing to misread); null for text read from a text
 *                   layer, which is certain
 */
public record Block(Kind kind, List<String> cells, List<String> raw, Location location, String text,
                    List<Double> confidence) {

    public enum Kind { PARAGRAPH, ROW, INLINE }

    /** @param text the cells joined by single spaces, empty cells skipped: computed once, read many times */
    public Block {
        cells = List.copyOf(cells);
        raw = List.copyOf(raw);
        text = join(cells);
        if (confidence != null) {
            confidence = List.copyOf(confidence);
            if (confidence.size() != cells.size()) {
                throw new IllegalArgumentException(confidence.size() + " confidences for " + cells.size() + " cells");
            }
        }
    }

    public Block(Kind kind, List<String> cells, List<String> raw, Location location, String text) {
        this(kind, cells, raw, location, text, null);
    }

    public Block(Kind kind, List<String> cells, List<String> raw, Location location) {
        this(kind, cells, raw, location, null, null);
    }

    public static Block paragraph(String text, Location location) {
        return new Block(Kind.PARAGRAPH, List.of(text), List.of(text), location);
    }

    public static Block row(List<String> cells, Location location) {
        return new Block(Kind.ROW, cells, cells, location);
    }

    /** A block recognised from a scan, with the engine's confidence in each cell. */
    public static Block recognised(Kind kind, List<String> cells, List<Double> confidence, Location location) {
        return new Block(kind, cells, cells, location, null, confidence);
    }

    /** Whether the text came from OCR rather than a text layer. */
    public boolean recognised() {
        return confidence != null;
    }

    /** The OCR confidence of one cell (0–100), or null when the text did not come from OCR. */
    public Double confidenceOf(int cell) {
        return confidence == null || cell < 0 || cell >= confidence.size() ? null : confidence.get(cell);
    }

    public String rawText() {
        return join(raw);
    }

    public Block withCells(List<String> normalised) {
        return new Block(kind, normalised, raw, location, null, confidence);
    }

    public Block withLocation(Location at) {
        return new Block(kind, cells, raw, at, null, confidence);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            // a paragraph: its one cell, stripped, without a copy (every block of every file is built this way)
            String p = parts.get(0);
            return p == null || p.isBlank() ? "" : p.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(p.strip());
        }
        return sb.toString();
    }
}
