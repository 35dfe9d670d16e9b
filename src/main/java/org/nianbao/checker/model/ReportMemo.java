package org.nianbao.checker.model;

import java.util.List;

/**
 * What a checked report leaves for the checks across reports and runs: which document it was (the SHA-256 of the
 * file's bytes, null when the file could not be read), the table cells the checks across years use, and its
 * narrative sections as the copy detection compares them.
 */
public record ReportMemo(String content, List<TableCell> cells, List<NarrativeText> narratives) {

    public static final ReportMemo NONE = new ReportMemo(null, List.of(), List.of());

    public ReportMemo {
        cells = List.copyOf(cells);
        narratives = List.copyOf(narratives);
    }

    /**
     * What the run holds until it ends, once the memo is in the store: which document, its cells (a few dozen, most
     * shared with the parsed report) and the narratives' signatures; the texts are read back when needed.
     */
    public ReportMemo stored() {
        return new ReportMemo(content, cells, narratives.stream().map(NarrativeText::withoutText).toList());
    }
}
