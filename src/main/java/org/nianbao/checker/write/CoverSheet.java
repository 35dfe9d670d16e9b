package org.nianbao.checker.write;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.Verdict;

/** The 概览 sheet: which agency, which reports, when and with which rules they were checked, and the verdicts. */
final class CoverSheet {

    static final String NAME = "概览";
    static final String HOW_TO_READ = "「问题清单」逐条列出问题、原文摘录、位置和整改建议（错误须整改，警告请核实，提示仅供参考）；"
            + "「提取表格」是从报告中读取的表二至表四，标色的单元格有问题，批注说明应为与实为；"
            + "「未能评估」列出因内容缺失而未能检查的项目。";
    static final String HOW_TO_READ_CHANGES = "「问题清单」的「状态」列标明与上次检查相比是新增还是仍存在；「已整改」列出上次检查有、本次已不存在的问题。";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int LABEL_WIDTH = 14;
    private static final int VALUE_WIDTH = 80;

    private CoverSheet() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, String agency, List<CheckedReport> reports, RunInfo run) {
        write(sheet, styles, agency, reports, run, RunChanges.NONE);
    }

    /** With tracked {@code changes}, each report also says how it compares with the previous check. */
    static void write(Sheet sheet, WorkbookStyles styles, String agency, List<CheckedReport> reports, RunInfo run,
                      RunChanges changes) {
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, VALUE_WIDTH * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        TextCells.text(title, 0, "政府信息公开工作年度报告检查结果", styles.title);
        title.setHeightInPoints(24);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));

        r = pair(sheet, r, styles, "机关", agency != null ? agency : "未能识别（见下方文件名）", styles.text);
        r = pair(sheet, r, styles, "阅读说明", changes.tracked() ? HOW_TO_READ + HOW_TO_READ_CHANGES : HOW_TO_READ, styles.text);
        if (changes.tracked()) r = pair(sheet, r, styles, "检查记录", record(changes, run.rulesVersion()), styles.text);
        r = pair(sheet, r, styles, "报告份数", reports.size() + " 份", styles.text);

        int n = 0;
        for (CheckedReport checked : reports) {
            Report report = checked.report();
            r++; // a blank line between reports
            Row head = sheet.createRow(r);
            String heading = reports.size() > 1 ? "报告 " + (++n) + "：" + report.fileName() : "报告";
            TextCells.text(head, 0, heading, styles.header);
            TextCells.text(head, 1, null, styles.header);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            r++;
            r = pair(sheet, r, styles, "报告年度", report.year() != null ? report.year() + " 年" : "未能确定", styles.text);
            r = pair(sheet, r, styles, "文件", report.fileName(), styles.text);
            if (report.title() != null) r = pair(sheet, r, styles, "标题", report.title(), styles.text);
            // on a scan the name may have been confirmed or corrected against the body: say which, beside a title
            // that may still show the misread
            if (report.scanned() && report.agency() != null && report.agencySource() != null) {
                r = pair(sheet, r, styles, "机关名称", report.agency() + "（依据：" + report.agencySource() + "）", styles.text);
            }
            r = pair(sheet, r, styles, "格式", format(report.format()), styles.text);
            r = pair(sheet, r, styles, "模板", template(report.template()), styles.text);
            if (report.publicationDate() != null) {
                r = pair(sheet, r, styles, "发布日期", report.publicationDate() + "（" + report.publicationSource() + "）", styles.text);
            }
            if (report.signatureDate() != null) r = pair(sheet, r, styles, "落款日期", report.signatureDate().toString(), styles.text);
            r = pair(sheet, r, styles, "检查日期", run.generatedAt().atZone(ZoneId.systemDefault()).format(WHEN), styles.text);
            r = pair(sheet, r, styles, "规则版本", run.rulesVersion(), styles.text);
            for (Severity severity : Severity.values()) {
                SeverityLook look = SeverityLook.of(severity);
                long count = checked.count(severity);
                Row row = sheet.createRow(r++);
                TextCells.text(row, 0, look.label(), styles.label);
                TextCells.text(row, 1, count + " 项", count > 0 ? styles.severityText(look) : styles.text);
            }
            int manual = checked.gaps().size();
            if (manual > 0) r = pair(sheet, r, styles, "需人工核对", manual + " 项（程序未能读准的内容，不是报告的问题，见「未能评估」）", styles.text);
            if (changes.tracked()) r = pair(sheet, r, styles, "与上次比较", comparison(changes, changes.of(checked)), styles.text);
            boolean passed = checked.verdict() == Verdict.PASS;
            r = pair(sheet, r, styles, "结论", checked.verdict().label(),
                    passed ? styles.pass : styles.severityBadge(SeverityLook.ERROR));
        }
        PrintLayout.landscapeFitWidth(sheet, 0);
    }

    /** 首次检查, or which earlier check this one is compared with, and whether the rules changed since. */
    static String record(RunChanges changes, String rulesVersion) {
        RunChanges.PreviousRun p = changes.previous();
        if (p == null) return "首次检查：没有上次的检查结果，全部问题均标为「新增」。";
        return "与上次检查比较：编号 " + p.id() + "，检查时间 " + p.startedAt().atZone(ZoneId.systemDefault()).format(WHEN)
                + "，规则版本 " + p.rulesVersion() + "。" + changes.rulesChangedNote(rulesVersion);
    }

    /** "新增 1 项，仍存在 8 项，已整改 1 项" for one report, or why it was not compared. */
    static String comparison(RunChanges changes, ReportChanges c) {
        if (changes.previous() == null) return "首次检查，全部问题均为新增。";
        if (!c.compared()) return "上次检查未包含本报告，全部问题均为新增。";
        return "新增 " + c.count(FindingStatus.NEW) + " 项，仍存在 " + c.count(FindingStatus.STILL_OPEN) + " 项，已整改 "
                + c.count(FindingStatus.FIXED) + " 项" + (c.count(FindingStatus.FIXED) > 0 ? "（见「已整改」）" : "") + "。";
    }

    private static int pair(Sheet sheet, int r, WorkbookStyles styles, String label, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        TextCells.text(row, 0, label, styles.label);
        TextCells.text(row, 1, value, style);
        int lines = RowHeights.lines(value, VALUE_WIDTH);
        if (lines > 1) row.setHeightInPoints(RowHeights.points(lines));
        return r + 1;
    }

    static String format(SourceFormat format) {
        if (format == null) return "未知";
        return switch (format) {
            case TXT -> "文本（TXT）";
            case PDF -> "PDF";
            case DOCX -> "Word（DOCX）";
            case DOC -> "Word（DOC）";
            case HTML -> "网页（HTML）";
            case IMAGE -> "图片（扫描件）";
            case UNKNOWN -> "未知";
        };
    }

    static String template(String template) {
        if (template == null) return "未能确定";
        return template + " 年版格式";
    }
}
