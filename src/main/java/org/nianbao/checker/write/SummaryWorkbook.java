package org.nianbao.checker.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.Verdict;

/**
 * summary.xlsx while {@link SummaryWorkbookWriter} writes it: 总览 with one row per input file (streamed, so memory
 * stays flat however many reports there are), 按规则 with counts per rule and severity and bar charts of them, and
 * with a comparison 变化; 问题处理 for the officers' triage. Rows are added one report at a time; {@link #finish}
 * writes the file, and without it nothing is written and an existing summary stays as it was.
 */
final class SummaryWorkbook implements Closeable {

    static final String OVERVIEW = "总览";
    static final String BY_RULE = "按规则";
    static final List<String> HEADERS = List.of("文件", "机关", "年度", "格式", "结论", "错误", "警告", "提示", "需人工核对",
            "主要问题", "机关工作簿");
    private static final int[] WIDTHS = {34, 24, 7, 11, 9, 7, 7, 7, 11, 90, 28};
    /** Columns up to 需人工核对 come before the comparison's counts. */
    private static final int FIXED_COLUMNS = 9;
    /** With a comparison: the three counts follow 需人工核对. */
    static final List<String> CHANGE_HEADERS = List.of("新增", "仍存在", "已整改");
    private static final int CHANGE_WIDTH = 8;
    private static final int MAIN_PROBLEMS_SHOWN = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RunInfo run;
    private final SXSSFWorkbook wb;
    private final WorkbookStyles styles;
    private final SXSSFSheet overview;
    private final RunChanges changes;
    private final ChangesSheet changesSheet;
    private final TriageSheet triageSheet;
    private final int off;
    private final Map<String, RuleTally> byRule = new LinkedHashMap<>();
    private final RuleTally[] bySeverity = {new RuleTally(), new RuleTally(), new RuleTally()}; // by Severity.ordinal()
    private int rows = 1;
    private int passed;
    /** Reports with something the checker could not read with certainty (TABLE_UNREADABLE …). */
    private int manualChecks;
    private boolean finished;

    /**
     * A summary of {@code run}; with the comparison to the previous check when {@code changes} are tracked (columns
     * 新增, 仍存在 and 已整改 after 需人工核对 in 总览, and a sheet 变化 listing what was added and fixed), and the
     * officers' {@code triage} in the sheet 问题处理.
     */
    SummaryWorkbook(RunInfo run, RunChanges changes, RunTriage triage) {
        this.run = run;
        this.changes = changes;
        this.off = changes.tracked() ? CHANGE_HEADERS.size() : 0;
        this.wb = new SXSSFWorkbook(new XSSFWorkbook(), 200);
        this.styles = new WorkbookStyles(wb);
        this.overview = wb.createSheet(OVERVIEW);
        Row header = overview.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            int column = i < FIXED_COLUMNS ? i : i + off;
            TextCells.text(header, column, HEADERS.get(i), styles.header);
            overview.setColumnWidth(column, WIDTHS[i] * 256);
        }
        for (int i = 0; i < off; i++) {
            TextCells.text(header, FIXED_COLUMNS + i, CHANGE_HEADERS.get(i), styles.header);
            overview.setColumnWidth(FIXED_COLUMNS + i, CHANGE_WIDTH * 256);
        }
        header.setHeightInPoints(RowHeights.points(1) + 4);
        this.changesSheet = changes.tracked() ? new ChangesSheet(wb.createSheet(ChangesSheet.NAME), styles, changes) : null;
        this.triageSheet = new TriageSheet(wb.createSheet(TriageSheet.NAME), styles, changes, triage);
    }

    /** Adds one input file's row, naming the agency workbook it was written to (may be null). Thread-safe. */
    synchronized void add(CheckedReport checked, String agencyWorkbook) {
        if (finished) throw new IllegalStateException("summary already written");
        Report report = checked.report();
        Row row = overview.createRow(rows++);
        TextCells.text(row, 0, report.fileName(), styles.text);
        TextCells.text(row, 1, report.agency() != null ? report.agency() : "未识别", styles.text);
        TextCells.number(row, 2, report.year(), styles.number);
        TextCells.text(row, 3, CoverSheet.format(report.format()), styles.text);
        boolean ok = checked.verdict() == Verdict.PASS;
        if (ok) passed++;
        TextCells.text(row, 4, checked.verdict().label(), ok ? styles.pass : styles.severityBadge(SeverityLook.ERROR));
        TextCells.number(row, 5, checked.count(Severity.ERROR), styles.number);
        TextCells.number(row, 6, checked.count(Severity.WARN), styles.number);
        TextCells.number(row, 7, checked.count(Severity.INFO), styles.number);
        int manual = checked.gaps().size();
        if (manual > 0) manualChecks++;
        TextCells.number(row, 8, manual, styles.number);
        if (changes.tracked()) {
            ReportChanges c = changes.of(checked);
            TextCells.number(row, FIXED_COLUMNS, c.count(FindingStatus.NEW), styles.number);
            TextCells.number(row, FIXED_COLUMNS + 1, c.count(FindingStatus.STILL_OPEN), styles.number);
            TextCells.number(row, FIXED_COLUMNS + 2, c.count(FindingStatus.FIXED), styles.number);
            changesSheet.add(checked);
        }
        String problems = mainProblems(checked);
        TextCells.text(row, FIXED_COLUMNS + off, problems, styles.text);
        TextCells.text(row, FIXED_COLUMNS + 1 + off, agencyWorkbook, styles.text);
        int lines = Math.max(RowHeights.lines(problems, WIDTHS[9]), RowHeights.lines(report.fileName(), WIDTHS[0]));
        if (lines > 1) row.setHeightInPoints(RowHeights.points(Math.min(lines, 4)));
        tally(checked.findings());
        triageSheet.add(checked);
    }

    /** Writes the 按规则 sheet and its charts, then the file to {@code target}, atomically. */
    synchronized void finish(Path target) throws IOException {
        if (finished) return;
        finished = true;
        overview.createFreezePane(1, 1);
        overview.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows - 1), 0, HEADERS.size() + off - 1));
        PrintLayout.landscapeFitWidth(overview, 1);
        RuleSheet.write(wb, wb.createSheet(BY_RULE), styles, byRule, bySeverity, runLine());
        if (changesSheet != null) changesSheet.finish();
        triageSheet.finish();
        wb.setSheetOrder(BY_RULE, 1); // 总览, 按规则, 变化, 问题处理
        AtomicOutput.write(target, wb::write);
    }

    /** Releases the temporary files; a summary that was not finished is not written. */
    @Override
    public synchronized void close() throws IOException {
        finished = true;
        wb.close();
    }

    private String runLine() {
        int total = rows - 1;
        return "检查时间：" + run.generatedAt().atZone(ZoneId.systemDefault()).format(WHEN)
                + "　规则版本：" + run.rulesVersion()
                + "　共 " + total + " 份报告：需整改 " + (total - passed) + " 份，通过 " + passed + " 份"
                + (manualChecks > 0 ? "；" + manualChecks + " 份有未能读准的内容，需人工核对（见各机关工作簿「未能评估」）" : "")
                + changeLine();
    }

    private String changeLine() {
        if (!changes.tracked()) return "";
        if (changes.previous() == null) return "　首次检查";
        return "　与上次检查（编号 " + changes.previous().id() + "）相比：新增 " + changes.count(FindingStatus.NEW)
                + " 项，已整改 " + changes.count(FindingStatus.FIXED) + " 项（见「变化」）"
                + (changes.rulesChanged(run.rulesVersion()) ? "　" + changes.rulesChangedNote(run.rulesVersion()) : "");
    }

    private void tally(List<Finding> findings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean[] severitySeen = new boolean[bySeverity.length];
        for (Finding f : findings) {
            RuleTally t = byRule.computeIfAbsent(f.rule(), k -> new RuleTally());
            t.count(f, seen.add(f.rule()));
            int s = f.severity().ordinal();
            bySeverity[s].count(f, !severitySeen[s]);
            severitySeen[s] = true;
        }
    }

    /** ERRORs first, then WARNs, then INFOs: the first few rules with a short message, the rest by ID. */
    static String mainProblems(CheckedReport checked) {
        List<Finding> sorted = new ArrayList<>(checked.problems());
        sorted.sort(FindingOrder.of(checked.parsed()));
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : sorted) byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            Finding first = e.getValue().get(0);
            if (n++ >= MAIN_PROBLEMS_SHOWN) {
                rest.add(e.getKey());
                continue;
            }
            if (sb.length() > 0) sb.append('\n');
            sb.append('【').append(SeverityLook.of(first.severity()).label()).append('】').append(e.getKey());
            if (e.getValue().size() > 1) sb.append("（").append(e.getValue().size()).append(" 处）");
            if (first.message() != null) sb.append("：").append(shorten(first.message(), 60));
        }
        if (!rest.isEmpty()) sb.append("\n另有：").append(String.join("、", rest));
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String shorten(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** Counts for one rule or one severity: reports failing it, findings, findings per severity. */
    static final class RuleTally {
        int reports;
        int findings;
        Severity worst = Severity.INFO;
        final int[] bySeverity = new int[Severity.values().length];
        String example;

        void count(Finding f, boolean firstInReport) {
            if (firstInReport) reports++;
            findings++;
            bySeverity[f.severity().ordinal()]++;
            if (f.severity().compareTo(worst) < 0) worst = f.severity();
            if (example == null) example = f.message();
        }
    }
}
