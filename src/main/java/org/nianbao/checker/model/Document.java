package org.nianbao.checker.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader makes of a file: blocks in reading order, each with its location. Readers know nothing of
 * annual reports; the parser turns a document into facts.
 *
 * @param pages number of pages for paginated formats (PDF, scans), otherwise null
 * @param scan  which pages were recognised by OCR and with what engine; null when every page had a text layer
 */
public record Document(Path file, SourceFormat format, List<Block> blocks, Integer pages, ScanInfo scan) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    public Document(Path file, SourceFormat format, List<Block> blocks, Integer pages) {
        this(file, format, blocks, pages, null);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(file, format, newBlocks, pages, scan);
    }

    /** Whether any of the text came from OCR, so that its cells carry confidences. */
    public boolean recognised() {
        return scan != null && !scan.pages().isEmpty();
    }
}
