package org.nianbao.checker.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;

/**
 * Writes the workbook an agency receives: one .xlsx in Chinese holding all of its reports of this run, with the
 * sheets 概览 (what was checked and the verdict), 问题清单 (the findings), 提取表格 (tables 二–四 as read, failing
 * cells coloured) and 未能评估 (what could not be checked and why). {@link AgencyWorkbooks} writes a run's.
 */
final class AgencyWorkbookWriter {

    /** Reports by year, then file name, so resubmissions and several years read in order. */
    static final Comparator<CheckedReport> REPORT_ORDER = Comparator
            .comparing((CheckedReport c) -> c.report().year(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.report().fileName(), Comparator.nullsLast(Comparator.naturalOrder()));

    private AgencyWorkbookWriter() {
    }

    /**
     * Writes the workbook of {@code agency} (null when it could not be identified) to {@code out}, which is left
     * open; when {@code changes} are tracked, 问题清单 gets a column 状态 (新增 / 仍存在), a sheet 已整改 follows it
     * and 概览 says what this check was compared with.
     */
    static void write(OutputStream out, String agency, List<CheckedReport> reports, RunInfo run, RunChanges changes)
            throws IOException {
        List<CheckedReport> ordered = new ArrayList<>(reports);
        ordered.sort(REPORT_ORDER);
        boolean several = ordered.size() > 1;
        InMemoryStreamingWorkbook wb = new InMemoryStreamingWorkbook();
        try {
            WorkbookStyles styles = new WorkbookStyles(wb);
            CoverSheet.write(wb.createSheet(CoverSheet.NAME), styles, agency, ordered, run, changes);
            SXSSFSheet findings = wb.createSheet(FindingsSheet.NAME);
            FindingsSheet.write(findings, styles, ordered, several, changes);
            // 应为 / 实为 hold numbers as text on purpose: no green "number stored as text" triangles. The
            // streamed sheet has no such setting; it goes on the XSSF sheet behind it.
            wb.getXSSFWorkbook().getSheet(FindingsSheet.NAME).addIgnoredErrors(
                    new CellRangeAddress(0, Math.max(1, findings.getLastRowNum()), 0, FindingsSheet.HEADERS.size() + 2),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            if (changes.tracked()) FixedSheet.write(wb.createSheet(FixedSheet.NAME), styles, ordered, several, changes);
            ExtractedTablesSheet.write(wb.createSheet(ExtractedTablesSheet.NAME), styles, ordered);
            NotAssessedSheet.write(wb.createSheet(NotAssessedSheet.NAME), styles, ordered, several, run.needs());
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
