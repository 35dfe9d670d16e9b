package org.nianbao.checker.parse;

import org.nianbao.checker.model.Location;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * One non-empty cell of the document in reading order. Tables of every layout (tabs, pipes, one cell per line,
 * PDF rows, Word cells) become the same stream of tokens, which the table parsers read by label.
 *
 * @param block index of the block the cell came from
 * @param cell  index of the cell within its block
 */
record Token(String text, String raw, int block, int cell, Location location, String compact, boolean isValue) {

    /** Compact form and value test are computed once: the table parsers ask for them many times. */
    Token(String text, String raw, int block, int cell, Location location) {
        this(text, raw, block, cell, location, TextNormalizer.compact(text), CellValue.looksLikeValue(text));
    }
}
