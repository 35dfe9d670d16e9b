package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.Block;

/** The document's non-empty cells in reading order, with a way back to the block each came from. */
final class TokenStream {

    final List<Block> blocks;
    /**
     * The blocks come from real table cells (Word, HTML) and not one cell holds a number: an unfilled form such
     * as the blank official template, whose empty cells are blank cells rather than padding.
     */
    final boolean unfilledForm;
    final List<Token> tokens = new ArrayList<>();
    /** First token index of each block (tokens.size() for blocks without tokens after the last one). */
    final int[] firstTokenOfBlock;
    /** Some of the text was recognised from a scan: what is not found may be a reading failure. */
    final boolean scanned;
    /** A recognised cell under this OCR confidence is not a number. */
    final double minConfidence;
    /** A table cell this large or larger is malformed. */
    final double implausibleFrom;

    TokenStream(List<Block> blocks, boolean realTables) {
        this(blocks, realTables, false, ParserSettings.DEFAULT_OCR_MIN_CONFIDENCE, ParserSettings.DEFAULT_IMPLAUSIBLE_FROM);
    }

    TokenStream(List<Block> blocks, boolean realTables, boolean scanned, double minConfidence, double implausibleFrom) {
        this.blocks = blocks;
        this.scanned = scanned;
        this.minConfidence = minConfidence;
        this.implausibleFrom = implausibleFrom;
        this.firstTokenOfBlock = new int[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            firstTokenOfBlock[b] = tokens.size();
            Block block = blocks.get(b);
            for (int c = 0; c < block.cells().size(); c++) {
                String text = block.cells().get(c);
                if (text == null || text.isBlank()) continue;
                String raw = c < block.raw().size() ? block.raw().get(c) : text;
                tokens.add(block.kind() == Block.Kind.INLINE ? Token.inline(text.strip(), b, c, block.location())
                        : new Token(text.strip(), raw.strip(), b, c, block.location(), false, block.confidenceOf(c)));
            }
        }
        firstTokenOfBlock[blocks.size()] = tokens.size();
        this.unfilledForm = realTables && tokens.stream().noneMatch(Token::isValue);
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the token for (block, cell), searching forward from a token index. */
    int indexOf(int block, int cell, int from) {
        for (int i = Math.max(from, firstTokenOfBlock[block]); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.block() > block) break;
            if (t.block() == block && t.cell() == cell) return i;
        }
        return -1;
    }
}
