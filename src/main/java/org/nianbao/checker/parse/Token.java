package org.nianbao.checker.parse;

import org.nianbao.checker.model.Location;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * One non-empty cell of the document in reading order. Tables of every layout (tabs, pipes, one cell per line,
 * PDF rows, Word cells, running text) become the same stream of tokens, which the table parsers read by label.
 *
 * @param block  index of the block the cell came from
 * @param cell   index of the cell within its block
 * @param inline     the cell comes from a table that lost its borders ({@link InlineTables}): a value token is a
 *                   run that may hold several cells
 * @param confidence the OCR engine's confidence in the cell (0–100) when it was recognised from a scan, else null
 */
record Token(String text, String raw, int block, int cell, Location location, String compact, boolean isValue,
             boolean inline, Double confidence) {

    /** A piece of an inline block: a value exactly when the lexer cut it as a run of numbers. */
    static Token inline(String text, int block, int cell, Location location) {
        return new Token(text, text, block, cell, location, TextNormalizer.compact(text), InlineTables.isRun(text), true, null);
    }

    /** Compact form and value test are computed once: the table parsers ask for them many times. */
    Token(String text, String raw, int block, int cell, Location location, boolean inline, Double confidence) {
        this(text, raw, block, cell, location, TextNormalizer.compact(text), CellValue.looksLikeValue(text), inline, confidence);
    }
}
