package org.nianbao.checker.read;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Location;

/** Collects blocks in reading order, numbering them 1, 2, 3 … as their line (formats without pages). */
final class BlockCollector {

    private final List<Block> blocks = new ArrayList<>();

    void paragraph(String text) {
        blocks.add(Block.paragraph(text, Location.line(blocks.size() + 1)));
    }

    void row(List<String> cells) {
        blocks.add(Block.row(cells, Location.line(blocks.size() + 1)));
    }

    List<Block> blocks() {
        return blocks;
    }
}
