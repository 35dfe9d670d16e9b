package org.nianbao.checker.write;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.model.CheckedReport;

/** The 未能评估 sheet: per report, what could not be checked and why (see {@link AssessmentGap}). */
final class NotAssessedSheet {

    static final String NAME = "未能评估";
    static final List<String> HEADERS = List.of("项目", "原因", "未评估的检查");
    private static final int[] WIDTHS = {34, 60, 56};
    private static final int FILE_WIDTH = 26;

    private NotAssessedSheet() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, List<CheckedReport> reports, boolean withFile, CheckNeeds needs) {
        int off = ListHeader.write(sheet, styles, HEADERS, WIDTHS, FILE_WIDTH, withFile);
        int r = 1;
        for (CheckedReport report : reports) {
            List<AssessmentGap> gaps = AssessmentGap.of(report, needs);
            if (gaps.isEmpty()) {
                gaps = List.of(new AssessmentGap("—", "全部检查均已评估", null));
            }
            for (AssessmentGap gap : gaps) {
                Row row = sheet.createRow(r++);
                if (withFile) TextCells.text(row, 0, report.report().fileName(), styles.text);
                String[] values = {gap.item(), gap.reason(), gap.checks()};
                int lines = 1;
                for (int i = 0; i < values.length; i++) {
                    TextCells.text(row, i + off, values[i], styles.text);
                    lines = Math.max(lines, RowHeights.lines(values[i], WIDTHS[i]));
                }
                row.setHeightInPoints(RowHeights.points(Math.min(lines, 20)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() + off - 1));
        PrintLayout.landscapeFitWidth(sheet, 1);
    }
}
