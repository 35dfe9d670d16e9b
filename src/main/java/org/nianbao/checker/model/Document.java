package org.nianbao.checker.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader makes of a file: blocks in reading order, each with its location, what the page around the report
 * says of it (a web page's title and 发布时间), and which pages were recognised from a scan. Readers know nothing of
 * annual reports; the parser turns a document into facts.
 *
 * @param pages    number of pages for paginated formats (PDF, scans), otherwise null
 * @param metadata the page's own title, publication time and publisher, {@link PageMetadata#NONE} when none
 * @param scan     which pages were recognised by OCR and with what engine; null when every page had a text layer
 */
public record Document(Path file, SourceFormat format, List<Block> blocks, Integer pages, PageMetadata metadata,
                       ScanInfo scan) {

    public Document {
        blocks = List.copyOf(blocks);
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }

    public Document(Path file, SourceFormat format, List<Block> blocks, Integer pages) {
        this(file, format, blocks, pages, PageMetadata.NONE, null);
    }

    public Document(Path file, SourceFormat format, List<Block> blocks, Integer pages, PageMetadata metadata) {
        this(file, format, blocks, pages, metadata, null);
    }

    public Document(Path file, SourceFormat format, List<Block> blocks, Integer pages, ScanInfo scan) {
        this(file, format, blocks, pages, PageMetadata.NONE, scan);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(file, format, newBlocks, pages, metadata, scan);
    }

    public Document withMetadata(PageMetadata newMetadata) {
        return new Document(file, format, blocks, pages, newMetadata, scan);
    }

    /** Whether any of the text came from OCR, so that its cells carry confidences. */
    public boolean recognised() {
        return scan != null && !scan.pages().isEmpty();
    }
}
