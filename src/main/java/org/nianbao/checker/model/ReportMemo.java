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

    /** The same without the narrative texts (kept in the store), for what the run holds until it ends. */
    public ReportMemo withoutText() {
        return new ReportMemo(content, cells, narratives.stream().map(NarrativeText::withoutText).toList());
    }
}
