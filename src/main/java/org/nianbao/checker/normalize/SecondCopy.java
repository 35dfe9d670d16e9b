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

    /** The blocks up to where the second copy starts (that block cut short), or null when there is none. */
    static List<Block> cut(List<Block> blocks) {
        List<String> texts = new ArrayList<>(blocks.size());
        int length = 0;
        for (Block block : blocks) {
            texts.add(block.kind() == Block.Kind.PARAGRAPH ? block.cells().get(0) : block.text());
            length += texts.get(texts.size() - 1).length();
        }
        // per compact char: the block and the index in that block's first cell (two arrays: this runs on every file)
        int[] originBlock = new int[length], originIndex = new int[length];
        StringBuilder all = new StringBuilder(length);
        for (int b = 0; b < blocks.size(); b++) {
            String t = texts.get(b);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isWhitespace(c)) continue;
                originBlock[all.length()] = b;
                originIndex[all.length()] = i;
                all.append(c);
            }
        }
        if (all.length() < 2 * (HEAD + PROOF)) return null;
        String text = all.toString();
        String head = text.substring(0, HEAD);
        int at = text.indexOf(head, Math.max(HEAD + PROOF, text.length() / 4));
        if (at < 0 || at + PROOF > text.length() || !text.regionMatches(at, text, 0, PROOF)) return null;
        int[] where = {originBlock[at], originIndex[at]};
        List<Block> out = new ArrayList<>(blocks.subList(0, where[0]));
        Block split = blocks.get(where[0]);
        if (split.kind() == Block.Kind.PARAGRAPH && where[1] > 0) {
            out.add(split.withCells(List.of(split.cells().get(0).substring(0, where[1]).strip())));
        }
        return out;
    }
}
