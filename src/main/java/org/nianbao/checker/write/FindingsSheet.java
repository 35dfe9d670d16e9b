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
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;

/**
 * The 问题清单 sheet: one row per finding, in {@link FindingOrder} within each report (as in findings.json), with a
 * filter on every column.
 */
final class FindingsSheet {

    static final String NAME = "问题清单";
    static final List<String> HEADERS = List.of("规则编号", "严重程度", "章节", "表格/单元格", "问题说明", "应为", "实为",
            "原文摘录", "位置", "依据", "整改建议");
    // Narrow enough that the sheet, fitted to one landscape page wide, still prints legibly.
    private static final int[] WIDTHS = {18, 7, 17, 26, 40, 8, 8, 28, 11, 22, 32};
    private static final int FILE_WIDTH = 22;
    static final String STATUS = "状态";
    private static final int STATUS_WIDTH = 8;

    private FindingsSheet() {
    }

    /**
     * Writes the sheet; with {@code withFile} a first column 文件 says which report a row belongs to, and when
     * {@code changes} are tracked a column 状态 (新增 / 仍存在) follows it.
     */
    static void write(Sheet sheet, WorkbookStyles styles, List<CheckedReport> reports, boolean withFile,
                      RunChanges changes) {
        boolean withStatus = changes.tracked();
        int statusColumn = withFile ? 1 : 0;
        int off = (withFile ? 1 : 0) + (withStatus ? 1 : 0);
        int[] widths = new int[WIDTHS.length + off];
        Row header = sheet.createRow(0);
        if (withFile) {
            widths[0] = FILE_WIDTH;
            TextCells.text(header, 0, "文件", styles.header);
        }
        if (withStatus) {
            widths[statusColumn] = STATUS_WIDTH;
            TextCells.text(header, statusColumn, STATUS, styles.header);
        }
        for (int i = 0; i < HEADERS.size(); i++) {
            widths[i + off] = WIDTHS[i];
            TextCells.text(header, i + off, HEADERS.get(i), styles.header);
        }
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
        header.setHeightInPoints(RowHeights.points(1) + 4);

        int r = 1;
        for (CheckedReport report : reports) {
            ReportChanges reportChanges = changes.of(report);
            List<Finding> sorted = new ArrayList<>(report.problems());
            sorted.sort(FindingOrder.of(report.parsed()));
            if (sorted.isEmpty()) {
                Row row = sheet.createRow(r++);
                if (withFile) TextCells.text(row, 0, report.report().fileName(), styles.text);
                if (withStatus) TextCells.text(row, statusColumn, null, styles.text);
                for (int i = 0; i < HEADERS.size(); i++) {
                    TextCells.text(row, i + off, i == 4 ? "本报告未发现问题。" : null, styles.text);
                }
                continue;
            }
            for (Finding f : sorted) {
                Row row = sheet.createRow(r++);
                String[] values = {f.rule(), SeverityLook.of(f.severity()).label(), f.section(), tableCell(f),
                        f.message(), f.expected(), f.actual(), f.evidence(), position(f.location()), f.basis(),
                        f.hint()};
                int lines = 1;
                if (withFile) {
                    TextCells.text(row, 0, report.report().fileName(), styles.text);
                    lines = RowHeights.lines(report.report().fileName(), FILE_WIDTH);
                }
                if (withStatus) {
                    FindingStatus status = reportChanges.statusOf(f);
                    TextCells.text(row, statusColumn, status.label(), styles.status(status));
                }
                for (int i = 0; i < values.length; i++) {
                    boolean badge = i == 1;
                    TextCells.text(row, i + off, values[i],
                            badge ? styles.severityBadge(SeverityLook.of(f.severity())) : styles.text);
                    lines = Math.max(lines, RowHeights.lines(values[i], WIDTHS[i]));
                }
                row.setHeightInPoints(RowHeights.points(Math.min(lines, 12)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
        PrintLayout.landscapeFitWidth(sheet, 1);
    }

    /** "表三 一、本年新收政府信息公开申请数量 / 自然人": table and cell, whichever are known. */
    static String tableCell(Finding f) {
        if (f.table() == null) return f.cell();
        return f.cell() == null ? f.table() : f.table() + " " + f.cell();
    }

    static String position(Location location) {
        if (location == null) return null;
        String s = location.describe();
        return s.isEmpty() ? null : s;
    }
}
