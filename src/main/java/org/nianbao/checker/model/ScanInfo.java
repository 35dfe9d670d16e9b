package org.nianbao.checker.model;

import java.util.List;

/**
 * The pages of a document that were scans and were read by OCR: the engine that read them (for the evidence of a
 * finding built on them) and the pages, 1-based.
 */
public record ScanInfo(String engine, List<Integer> pages) {

    public ScanInfo {
        pages = List.copyOf(pages);
    }
}
