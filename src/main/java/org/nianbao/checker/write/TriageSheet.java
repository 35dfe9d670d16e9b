package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Triage;
import org.nianbao.checker.model.TriageDecision;

/**
 * The summary's 问题处理 sheet: one row per finding of the run, with two columns for the officer, 处理意见 (a drop-down:
 * 确认, 误报, 已沟通, 暂缓) and 备注. The next run reads them back by the finding's 编号 (its triage key) and carries
 * them forward; a finding marked 误报 leaves the agency's workbook and stays listed here as 误报, with its note.
 */
public final class TriageSheet {

    public static final String NAME = "问题处理";
    public static final String KEY = "编号";
    public static final String FILE = "文件";
    public static final String AGENCY = "机关";
    public static final String YEAR = "年度";
    public static final String RULE = "规则编号";
    public static final String MESSAGE = "问题说明";
    public static final String DECISION = "处理意见";
    public static final String NOTE = "备注";
    static final List<String> HEADERS = List.of(KEY, FILE, AGENCY, YEAR, RULE, "严重程度", "表格/单元格", MESSAGE, "状态",
            DECISION, NOTE);
    private static final int[] WIDTHS = {18, 26, 22, 7, 20, 9, 28, 70, 9, 10, 40};
    private static final int DECISION_COLUMN = HEADERS.indexOf(DECISION);

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final RunChanges changes;
    private final RunTriage triage;
    private int rows = 1;

    TriageSheet(SXSSFSheet sheet, WorkbookStyles styles, RunChanges changes, RunTriage triage) {
        this.sheet = sheet;
        this.styles = styles;
        this.changes = changes;
        this.triage = triage;
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            TextCells.text(header, i, HEADERS.get(i), styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        header.setHeightInPoints(RowHeights.points(1) + 4);
    }

    /** The rows of one report: the findings sent to the agency, then those set aside as 误报. */
    void add(CheckedReport checked) {
        List<Finding> sorted = new ArrayList<>(checked.findings());
        sorted.sort(FindingOrder.of(checked.parsed()));
        for (Finding f : sorted) {
            String status = changes.tracked() ? changes.of(checked).statusOf(f).label() : null;
            row(checked.report(), f, status, triage.of(checked.report(), f));
        }
        for (Finding f : triage.dismissed(checked)) row(checked.report(), f, "—", triage.of(checked.report(), f));
    }

    private void row(Report report, Finding f, String status, Triage t) {
        Row row = sheet.createRow(rows++);
        String[] values = {triage.key(report, f), report.fileName(), report.agency() != null ? report.agency() : "未识别",
                null, f.rule(), SeverityLook.of(f.severity()).label(), FindingsSheet.tableCell(f), f.message(), status,
                t == null || t.decision() == null ? null : t.decision().label(), t == null ? null : t.note()};
        for (int i = 0; i < values.length; i++) {
            if (i == 3) {
                TextCells.number(row, i, report.year(), styles.number);
            } else if (i == 5) {
                TextCells.text(row, i, values[i], styles.severityBadge(SeverityLook.of(f.severity())));
            } else {
                TextCells.text(row, i, values[i], styles.text);
            }
        }
        int lines = Math.max(RowHeights.lines(f.message(), WIDTHS[7]), RowHeights.lines(values[10], WIDTHS[10]));
        if (lines > 1) row.setHeightInPoints(RowHeights.points(Math.min(lines, 4)));
    }

    void finish() {
        if (rows == 1) {
            Row row = sheet.createRow(rows++);
            TextCells.text(row, 1, "本次检查没有发现问题。", styles.note);
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createExplicitListConstraint(TriageDecision.labels());
        // the drop-down reaches past the last row, so rows an officer sorts or copies keep it
        DataValidation v = helper.createValidation(list,
                new CellRangeAddressList(1, Math.max(rows - 1, 1) + 1000, DECISION_COLUMN, DECISION_COLUMN));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("处理意见", "请从下拉列表中选择：确认、误报、已沟通、暂缓");
        v.setShowPromptBox(true);
        v.createPromptBox("处理意见", "误报：下次检查起不再写入机关工作簿；确认、已沟通、暂缓：保留备注");
        sheet.addValidationData(v);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows - 1), 0, HEADERS.size() - 1));
        PrintLayout.landscapeFitWidth(sheet, 1);
    }
}
