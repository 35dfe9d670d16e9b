package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;

/**
 * The 已整改 sheet: findings the previous check of the same report had and this check no longer has, as they
 * were then (位置 is where they were in the earlier file), so an agency sees its corrections acknowledged.
 */
final class FixedSheet {

    static final String NAME = "已整改";
    static final List<String> HEADERS = List.of("状态", "规则编号", "严重程度", "章节", "表格/单元格", "上次的问题说明", "上次位置");
    private static final int[] WIDTHS = {8, 18, 7, 17, 26, 60, 11};
    private static final int FILE_WIDTH = 22;

    private FixedSheet() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, List<CheckedReport> reports, boolean withFile,
                      RunChanges changes) {
        int off = ListHeader.write(sheet, styles, HEADERS, WIDTHS, FILE_WIDTH, withFile);
        sheet.getRow(0).setHeightInPoints(RowHeights.points(1) + 4);
        int r = 1;
        for (CheckedReport report : reports) {
            ReportChanges c = changes.of(report);
            List<Finding> fixed = new ArrayList<>(c.fixed());
            fixed.sort(FindingOrder.of(null));
            if (fixed.isEmpty()) {
                Row row = sheet.createRow(r++);
                if (withFile) TextCells.text(row, 0, report.report().fileName(), styles.text);
                for (int i = 0; i < HEADERS.size(); i++) {
                    TextCells.text(row, i + off, i == 5 ? nothingFixed(changes, c) : null, styles.text);
                }
                continue;
            }
            for (Finding f : fixed) {
                Row row = sheet.createRow(r++);
                if (withFile) TextCells.text(row, 0, report.report().fileName(), styles.text);
                String[] values = {"已整改", f.rule(), SeverityLook.of(f.severity()).label(), f.section(),
                        FindingsSheet.tableCell(f), f.message(), FindingsSheet.position(f.location())};
                int lines = 1;
                for (int i = 0; i < values.length; i++) {
                    TextCells.text(row, i + off, values[i], i == 0 ? styles.status(FindingStatus.FIXED) : styles.text);
                    lines = Math.max(lines, RowHeights.lines(values[i], WIDTHS[i]));
                }
                row.setHeightInPoints(RowHeights.points(Math.min(lines, 8)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() + off - 1));
        PrintLayout.landscapeFitWidth(sheet, 1);
    }

    /** Why the list is empty: a first check, a report the previous check did not have, or nothing fixed. */
    static String nothingFixed(RunChanges changes, ReportChanges c) {
        if (changes.previous() == null) return "首次检查，没有可比较的上次检查结果。";
        if (!c.compared()) return "上次检查未包含本报告，无法比较。";
        return "与上次检查相比，没有已整改的问题。";
    }
}
