package org.nianbao.checker.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunResults;

/**
 * Writes summary.xlsx for the office ({@link SummaryWorkbook}): 总览 with one row per input file, 按规则, and with
 * the run's comparison 变化; 问题处理 with the officers' triage.
 */
public final class SummaryWorkbookWriter implements OutputWriter {

    public static final String FILE_NAME = "summary.xlsx";

    private final Function<Report, String> workbookNames;

    /**
     * {@code workbookNames} gives the agency workbook each report went to ({@link AgencyWorkbooks#fileName}), shown
     * in the column 机关工作簿; it may give null, and for a run without agency workbooks be {@code r -> null}.
     */
    public SummaryWorkbookWriter(Function<Report, String> workbookNames) {
        this.workbookNames = workbookNames;
    }

    @Override
    public void write(RunResults results, Path target) throws IOException {
        try (SummaryWorkbook summary = new SummaryWorkbook(results.run(), results.changes(), results.triage())) {
            for (CheckedReport report : results.reports()) summary.add(report, workbookNames.apply(report.report()));
            summary.finish(target);
        }
    }
}
