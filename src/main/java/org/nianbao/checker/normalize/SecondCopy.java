package org.nianbao.checker.normalize;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.Block;

/**
 * A report body repeated inside the text itself, wherever the lines break (a crawled page that holds the report
 * twice on one line). The start of the body — its first {@value #HEAD} characters without spaces — found again
 * later, and followed there by the same {@value #PROOF} characters as at the start, is a second copy.
 */
final class SecondCopy {

    static final int HEAD = 40;
    static final int PROOF = 600;

    private SecondCopy() {
    }

    /**
     * The blocks up to where the second copy starts (that block cut short), or null when there is none.
     *
     * @param compact each block's text without spaces
     */
    static List<Block> cut(List<Block> blocks, List<String> compact) {
        int length = 0;
        for (String c : compact) length += c.length();
        if (length < 2 * (HEAD + PROOF)) return null;
        StringBuilder all = new StringBuilder(length);
        for (String c : compact) all.append(c);
        String text = all.toString();
        String head = text.substring(0, HEAD);
        int at = text.indexOf(head, Math.max(HEAD + PROOF, text.length() / 4));
        if (at < 0 || at + PROOF > text.length() || !text.regionMatches(at, text, 0, PROOF)) return null;
        // the block where the copy starts, and where in its text: walked only for the rare file that has one
        int b = 0;
        while (at >= compact.get(b).length()) at -= compact.get(b++).length();
        Block split = blocks.get(b);
        String cell = split.kind() == Block.Kind.PARAGRAPH ? split.cells().get(0) : split.text();
        for (int i = 0; i < cell.length(); i++) {
            if (TextNormalizer.isSpace(cell.charAt(i))) continue;
            if (at-- == 0) return upTo(blocks, b, i);
        }
        return null;
    }

    private static List<Block> upTo(List<Block> blocks, int block, int index) {
        List<Block> out = new ArrayList<>(blocks.subList(0, block));
        Block split = blocks.get(block);
        if (split.kind() == Block.Kind.PARAGRAPH && index > 0) {
            out.add(split.withCells(List.of(split.cells().get(0).substring(0, index).strip())));
        }
        return out;
    }
}
