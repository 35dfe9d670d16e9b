package org.nianbao.checker.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader makes of a file: blocks in reading order, each with its location. Readers know nothing of
 * annual reports; the parser turns a document into facts.
 *
 * @param pages number of pages for paginated formats (PDF), otherwise null
 */
public record Document(Path file, SourceFormat format, List<Block> blocks, Integer pages) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(file, format, newBlocks, pages);
    }
}
