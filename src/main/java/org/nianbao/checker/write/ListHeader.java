package org.nianbao.checker.write;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The header row of a list sheet: an optional 文件 column first (when an agency has several reports), then the list's own columns. */
final class ListHeader {

    private ListHeader() {
    }

    /** Writes the header and column widths; returns the index of the first of the list's own columns. */
    static int write(Sheet sheet, WorkbookStyles styles, List<String> headers, int[] widths, int fileWidth, boolean withFile) {
        int off = withFile ? 1 : 0;
        Row header = sheet.createRow(0);
        if (withFile) {
            TextCells.text(header, 0, "文件", styles.header);
            sheet.setColumnWidth(0, fileWidth * 256);
        }
        for (int i = 0; i < headers.size(); i++) {
            TextCells.text(header, i + off, headers.get(i), styles.header);
            sheet.setColumnWidth(i + off, widths[i] * 256);
        }
        return off;
    }
}
