package org.nianbao.checker.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader makes of a file: blocks in reading order, each with its location, and what the page around the
 * report says of it (a web page's title and 发布时间). Readers know nothing of annual reports; the parser turns a
 * document into facts.
 *
 * @param pages    number of pages for paginated formats (PDF), otherwise null
 * @param metadata the page's own title, publication time and publisher, {@link PageMetadata#NONE} when none
 */
public record Document(Path file, SourceFormat format, List<Block> blocks, Integer pages, PageMetadata metadata) {

    public Document {
        blocks = List.copyOf(blocks);
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }

    public Document(Path file, SourceFormat format, List<Block> blocks, Integer pages) {
        this(file, format, blocks, pages, PageMetadata.NONE);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(file, format, newBlocks, pages, metadata);
    }

    public Document withMetadata(PageMetadata newMetadata) {
        return new Document(file, format, blocks, pages, newMetadata);
    }
}
