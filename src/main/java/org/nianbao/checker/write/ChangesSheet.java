package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;

/**
 * The summary's 变化 sheet: what changed since the previous check, one row per 新增 or 已整改 finding (仍存在 are
 * not changes), streamed like the overview. A report the previous check did not have gets one row saying so
 * instead of listing all its findings as new.
 */
final class ChangesSheet {

    static final String NAME = "变化";
    static final List<String> HEADERS = List.of("变化", "文件", "机关", "年度", "规则编号", "严重程度", "表格/单元格", "问题说明");
    private static final int[] WIDTHS = {9, 30, 24, 7, 22, 9, 30, 90};

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final RunChanges changes;
    private int rows = 1;

    ChangesSheet(SXSSFSheet sheet, WorkbookStyles styles, RunChanges changes) {
        this.sheet = sheet;
        this.styles = styles;
        this.changes = changes;
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            TextCells.text(header, i, HEADERS.get(i), styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        header.setHeightInPoints(RowHeights.points(1) + 4);
        if (changes.firstCheck()) {
            note("首次检查：没有上次的检查结果，全部问题均为新增（见「总览」）。下次检查时这里列出新增和已整改的问题。");
        }
    }

    void add(CheckedReport checked) {
        if (changes.firstCheck()) return;
        ReportChanges c = changes.of(checked);
        Report report = checked.report();
        if (!c.compared()) {
            if (!checked.problems().isEmpty()) {
                row(FindingStatus.NEW, report, null, "上次检查未包含本报告：" + checked.problems().size() + " 项问题均为新增。");
            }
            return;
        }
        List<Finding> added = new ArrayList<>();
        for (Finding f : checked.problems()) if (c.statusOf(f) == FindingStatus.NEW) added.add(f);
        added.sort(FindingOrder.of(checked.parsed()));
        for (Finding f : added) row(FindingStatus.NEW, report, f, f.message());
        for (Finding f : c.fixed()) row(FindingStatus.FIXED, report, f, f.message());
    }

    void finish() {
        if (rows == 1) note("与上次检查相比，没有新增或已整改的问题。");
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows - 1), 0, HEADERS.size() - 1));
        PrintLayout.landscapeFitWidth(sheet, 1);
    }

    private void row(FindingStatus status, Report report, Finding f, String message) {
        Row row = sheet.createRow(rows++);
        TextCells.text(row, 0, status.label(), styles.status(status));
        TextCells.text(row, 1, report.fileName(), styles.text);
        TextCells.text(row, 2, report.agency() != null ? report.agency() : "未识别", styles.text);
        TextCells.number(row, 3, report.year(), styles.number);
        TextCells.text(row, 4, f == null ? null : f.rule(), styles.text);
        if (f == null) TextCells.text(row, 5, null, styles.text);
        else TextCells.text(row, 5, SeverityLook.of(f.severity()).label(), styles.severityBadge(SeverityLook.of(f.severity())));
        TextCells.text(row, 6, f == null ? null : FindingsSheet.tableCell(f), styles.text);
        TextCells.text(row, 7, message, styles.text);
        int lines = Math.max(RowHeights.lines(message, WIDTHS[7]), RowHeights.lines(report.fileName(), WIDTHS[1]));
        if (lines > 1) row.setHeightInPoints(RowHeights.points(Math.min(lines, 4)));
    }

    private void note(String text) {
        Row row = sheet.createRow(rows++);
        TextCells.text(row, 0, null, styles.note);
        TextCells.text(row, 1, text, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, HEADERS.size() - 1));
    }
}
