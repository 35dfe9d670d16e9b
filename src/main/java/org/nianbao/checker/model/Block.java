package org.nianbao.checker.model;

import java.util.List;

/**
 * One unit of a document in reading order: a paragraph (one cell), a table row (its cells), or a table that lost
 * its borders, cut into its labels and runs of numbers (INLINE: a crawled page's or one-line copy's table, whose
 * runs may hold several cells each; made by the parser). {@code cells}
 * is what the parser reads (normalised once the normaliser has run); {@code raw} keeps the text exactly as the
 * reader found it, for evidence.
 */
public record Block(Kind kind, List<String> cells, List<String> raw, Location location, String text) {

    public enum Kind { PARAGRAPH, ROW, INLINE }

    /** @param text the cells joined by single spaces, empty cells skipped: computed once, read many times */
    public Block {
        cells = List.copyOf(cells);
        raw = List.copyOf(raw);
        text = join(cells);
    }

    public Block(Kind kind, List<String> cells, List<String> raw, Location location) {
        this(kind, cells, raw, location, null);
    }

    public static Block paragraph(String text, Location location) {
        return new Block(Kind.PARAGRAPH, List.of(text), List.of(text), location);
    }

    public static Block row(List<String> cells, Location location) {
        return new Block(Kind.ROW, cells, cells, location);
    }

    public String rawText() {
        return join(raw);
    }

    public Block withCells(List<String> normalised) {
        return new Block(kind, normalised, raw, location);
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(p.strip());
        }
        return sb.toString();
    }
}
