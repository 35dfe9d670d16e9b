package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The 按规则 sheet of the summary: per rule how many reports fail it and how many findings it made, per severity
 * the same, and bar charts of both. The rows are few (one per rule), so the charts are drawn with XDDF on the
 * XSSF sheet behind the streamed one; their data is given inline as well as by reference, so they show even
 * before a spreadsheet program recalculates.
 */
final class RuleSheet {

    static final List<String> HEADERS = List.of("规则编号", "严重程度", "涉及报告数", "问题数", "其中错误", "其中警告", "其中提示", "说明（示例）");
    private static final int[] WIDTHS = {24, 9, 11, 9, 9, 9, 9, 60};
    private static final int HEADER_ROW = 3;
    private static final int CHART_COLUMN = HEADERS.size() + 1;

    private RuleSheet() {
    }

    static void write(SXSSFWorkbook wb, SXSSFSheet sheet, WorkbookStyles styles,
                      Map<String, SummaryWorkbook.RuleTally> byRule,
                      SummaryWorkbook.RuleTally[] bySeverity, String runLine) {
        for (int i = 0; i < WIDTHS.length; i++) sheet.setColumnWidth(i, WIDTHS[i] * 256);
        Row title = sheet.createRow(0);
        TextCells.text(title, 0, "按规则统计", styles.title);
        title.setHeightInPoints(22);
        TextCells.text(sheet.createRow(1), 0, runLine, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));

        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < HEADERS.size(); i++) TextCells.text(header, i, HEADERS.get(i), styles.header);

        List<Map.Entry<String, SummaryWorkbook.RuleTally>> rules = new ArrayList<>(byRule.entrySet());
        rules.sort(Comparator.comparing((Map.Entry<String, SummaryWorkbook.RuleTally> e) -> e.getValue().worst)
                .thenComparing(e -> -e.getValue().findings)
                .thenComparing(Map.Entry::getKey));
        int r = HEADER_ROW + 1;
        for (Map.Entry<String, SummaryWorkbook.RuleTally> e : rules) {
            SummaryWorkbook.RuleTally t = e.getValue();
            SeverityLook look = SeverityLook.of(t.worst);
            Row row = sheet.createRow(r++);
            TextCells.text(row, 0, e.getKey(), styles.text);
            TextCells.text(row, 1, look.label(), styles.severityBadge(look));
            TextCells.number(row, 2, t.reports, styles.number);
            TextCells.number(row, 3, t.findings, styles.number);
            for (int s = 0; s < 3; s++) TextCells.number(row, 4 + s, t.bySeverity[s], styles.number);
            TextCells.text(row, 7, t.example, styles.text);
            int lines = RowHeights.lines(t.example, WIDTHS[7]);
            if (lines > 1) row.setHeightInPoints(RowHeights.points(Math.min(lines, 3)));
        }
        if (rules.isEmpty()) {
            TextCells.text(sheet.createRow(r++), 0, "没有发现问题。", styles.note);
        }
        int lastRuleRow = r - 1;
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW + 1, lastRuleRow), 0, HEADERS.size() - 1));

        r++;
        int severityHeader = r;
        Row sh = sheet.createRow(r++);
        String[] sevHeaders = {"严重程度", "涉及报告数", "问题数"};
        for (int i = 0; i < sevHeaders.length; i++) TextCells.text(sh, i, sevHeaders[i], styles.header);
        for (SeverityLook look : SeverityLook.values()) {
            Row row = sheet.createRow(r++);
            TextCells.text(row, 0, look.label(), styles.severityBadge(look));
            TextCells.number(row, 1, bySeverity[look.ordinal()].reports, styles.number);
            TextCells.number(row, 2, bySeverity[look.ordinal()].findings, styles.number);
        }
        PrintLayout.landscapeFitWidth(sheet, 0);

        if (rules.isEmpty()) return;
        XSSFSheet charts = wb.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = charts.createDrawingPatriarch();
        int ruleChartRows = Math.max(16, rules.size() * 2 + 6);
        ruleChart(drawing, sheet.getSheetName(), rules, HEADER_ROW + 1, lastRuleRow, ruleChartRows);
        severityChart(drawing, sheet.getSheetName(), bySeverity, severityHeader + 1, ruleChartRows + 1);
    }

    /** Horizontal bars, one per rule, stacked by severity so the colour says how serious the rule is. */
    private static void ruleChart(XSSFDrawing drawing, String sheetName,
                                  List<Map.Entry<String, SummaryWorkbook.RuleTally>> rules,
                                  int firstRow, int lastRow, int height) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 0, CHART_COLUMN + 10, height));
        chart.setTitleText("各规则的问题数");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // first (most serious) rule at the top
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        String[] names = rules.stream().map(Map.Entry::getKey).toArray(String[]::new);
        for (SeverityLook look : SeverityLook.values()) {
            Integer[] counts = rules.stream().map(e -> e.getValue().bySeverity[look.ordinal()]).toArray(Integer[]::new);
            XDDFChartData.Series series = data.addSeries(
                    XDDFDataSourcesFactory.fromArray(names, range(sheetName, firstRow, lastRow, 0)),
                    XDDFDataSourcesFactory.fromArray(counts, range(sheetName, firstRow, lastRow, 4 + look.ordinal())));
            series.setTitle(look.label(), null);
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(barColour(look))));
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
        fullOverlap(chart);
    }

    /**
     * Stacked bars need an overlap of 100 % or Excel draws them shifted. XDDF's setOverlap needs a schema type that
     * poi-ooxml-lite lacks, so the attribute is written without type checks.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTOverlap overlap = chart.getCTChart().getPlotArea().getBarChartArray(0).addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    /** Column bars of findings and failing reports per severity. */
    private static void severityChart(XSSFDrawing drawing, String sheetName, SummaryWorkbook.RuleTally[] bySeverity,
                                      int firstRow, int top) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_COLUMN + 10, top + 16));
        chart.setTitleText("按严重程度");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        String[] labels = {SeverityLook.ERROR.label(), SeverityLook.WARN.label(), SeverityLook.INFO.label()};
        int lastRow = firstRow + 2;
        Integer[] findings = {bySeverity[0].findings, bySeverity[1].findings, bySeverity[2].findings};
        Integer[] reports = {bySeverity[0].reports, bySeverity[1].reports, bySeverity[2].reports};
        XDDFChartData.Series f = data.addSeries(XDDFDataSourcesFactory.fromArray(labels, range(sheetName, firstRow, lastRow, 0)),
                XDDFDataSourcesFactory.fromArray(findings, range(sheetName, firstRow, lastRow, 2)));
        f.setTitle("问题数", null);
        f.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) 0x44, (byte) 0x72, (byte) 0xC4})));
        XDDFChartData.Series r = data.addSeries(XDDFDataSourcesFactory.fromArray(labels, range(sheetName, firstRow, lastRow, 0)),
                XDDFDataSourcesFactory.fromArray(reports, range(sheetName, firstRow, lastRow, 1)));
        r.setTitle("涉及报告数", null);
        r.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) 0xA5, (byte) 0xA5, (byte) 0xA5})));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
    }

    private static String range(String sheet, int firstRow, int lastRow, int column) {
        String col = CellReference.convertNumToColString(column);
        return "'" + sheet + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (lastRow + 1);
    }

    /** Stronger versions of the cell fills: pale fills disappear as bars. */
    private static byte[] barColour(SeverityLook look) {
        return switch (look) {
            case ERROR -> new byte[]{(byte) 0xC0, 0x00, 0x00};
            case WARN -> new byte[]{(byte) 0xED, 0x7D, 0x31};
            case INFO -> new byte[]{(byte) 0x5B, (byte) 0x9B, (byte) 0xD5};
        };
    }
}
