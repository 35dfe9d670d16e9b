package org.nianbao.checker.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.Numbers;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.TableCell;

/**
 * The 提取表格 sheet: tables 二, 三 and 四 of each report as they were read, laid out like the report, so an
 * agency can compare them with its own document. Cells named by a finding are coloured by its severity and carry
 * a comment with the rule and the expected and actual values; blank and unreadable cells carry a note.
 */
final class ExtractedTablesSheet {

    static final String NAME = "提取表格";
    static final String NOT_FOUND = "未找到该表";
    static final String NOT_READ = "未读取";
    static final String UNCERTAIN = "待核对";
    static final int LABEL_WIDTH = 48;
    static final int VALUE_WIDTH = 9; // table 四 is sixteen columns wide; keep it printable on one page width
    private static final int MAX_VALUE_COLUMNS = 15; // table 四 printed as one row of fifteen numbers
    private static final String AUTHOR = "年报检查";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final CellStyle[] labelStyles;
    private final CreationHelper helper;
    private Drawing<?> drawing;
    private Map<CellRef, List<Finding>> findingsByCell = Map.of();
    private int r;

    private ExtractedTablesSheet(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.helper = sheet.getWorkbook().getCreationHelper();
        this.labelStyles = new CellStyle[3];
        for (int i = 0; i < 3; i++) {
            labelStyles[i] = sheet.getWorkbook().createCellStyle();
            labelStyles[i].cloneStyleFrom(styles.text);
            labelStyles[i].setAlignment(HorizontalAlignment.LEFT); // indentation is ignored under General alignment
            labelStyles[i].setIndention((short) (i * 2));
        }
    }

    static void write(Sheet sheet, WorkbookStyles styles, List<CheckedReport> reports) {
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int c = 1; c <= MAX_VALUE_COLUMNS; c++) sheet.setColumnWidth(c, VALUE_WIDTH * 256);
        ExtractedTablesSheet writer = new ExtractedTablesSheet(sheet, styles);
        Row note = sheet.createRow(writer.r++);
        TextCells.text(note, 0, "以下是从报告中读取的表格。标色的单元格有问题（红：错误，黄：警告，蓝：提示），"
                + "鼠标移到单元格上可查看批注；灰色“未读取”表示报告中没有读到该格，“待核对”表示读到了但不能确定是多少（见「未能评估」）。", styles.note);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        note.setHeightInPoints(RowHeights.points(2));
        for (CheckedReport report : reports) writer.report(report);
        sheet.createFreezePane(1, 0); // row labels stay visible when scrolling right through table 四
        PrintLayout.landscapeFitWidth(sheet, 0);
    }

    private void report(CheckedReport checked) {
        Report report = checked.report();
        findingsByCell = new HashMap<>();
        for (Finding f : checked.findings()) {
            for (CellRef ref : f.cellRefs()) findingsByCell.computeIfAbsent(ref, k -> new ArrayList<>()).add(f);
        }
        r++;
        Row head = sheet.createRow(r++);
        String year = report.year() != null ? report.year() + " 年度" : "年度未能确定";
        TextCells.text(head, 0, "文件：" + report.fileName() + "（" + year + "）", styles.title);
        head.setHeightInPoints(22);
        if (!report.readable()) {
            Row row = sheet.createRow(r++);
            TextCells.text(row, 0, "文件无法读取，没有提取到表格。", styles.missing);
            return;
        }
        table2(checked.parsed().table("T2"));
        table3(checked.parsed().table("T3"));
        table4(checked.parsed().table("T4"));
    }

    private void table2(ReportTable table) {
        if (!title("T2", table)) return;
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (String row : table.rows()) blocks.computeIfAbsent(ReportLayout.t2Block(row), k -> new ArrayList<>()).add(row);
        for (Map.Entry<String, List<String>> block : blocks.entrySet()) {
            List<String> columns = new ArrayList<>();
            for (String column : table.columns()) {
                if (block.getValue().stream().anyMatch(row -> table.cell(row, column) != null)) columns.add(column);
            }
            Row title = sheet.createRow(r);
            TextCells.text(title, 0, block.getKey(), styles.group);
            for (int c = 1; c <= Math.max(1, columns.size()); c++) TextCells.text(title, c, null, styles.group);
            if (columns.size() > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size()));
            r++;
            Row header = sheet.createRow(r++);
            TextCells.text(header, 0, "信息内容", styles.header);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                String label = columnLabel(table, columns.get(c));
                TextCells.text(header, c + 1, label, styles.header);
                lines = Math.max(lines, RowHeights.lines(label, VALUE_WIDTH));
            }
            header.setHeightInPoints(RowHeights.points(lines));
            for (String row : block.getValue()) dataRow(table, row, rowLabel(table, row), 0, columns);
        }
        incomplete(table);
    }

    private void table3(ReportTable table) {
        if (!title("T3", table)) return;
        List<String[]> paths = new ArrayList<>();
        for (String column : table.columns()) paths.add(ReportLayout.t3ColumnPath(column, columnLabel(table, column)));
        r += HeaderGrid.write(sheet, r, ReportLayout.T3_CORNER, paths, styles, VALUE_WIDTH);
        for (String row : table.rows()) {
            String group = ReportLayout.t3GroupBefore(row);
            if (group != null) {
                Row g = sheet.createRow(r++);
                TextCells.text(g, 0, group, labelStyles["GRANTED".equals(row) ? 0 : 1]);
                for (int c = 1; c <= table.columns().size(); c++) TextCells.text(g, c, null, styles.group);
            }
            // the group has its own row above, so "(三)不予公开 1.属于国家秘密" is shown as "1.属于国家秘密"
            String label = ReportLayout.withoutGroup(rowLabel(table, row), ReportLayout.t3GroupOf(row));
            dataRow(table, row, label, ReportLayout.t3Indent(row), table.columns());
        }
        incomplete(table);
    }

    private void table4(ReportTable table) {
        if (!title("T4", table)) return;
        List<String[]> paths = new ArrayList<>();
        List<CellRef> refs = new ArrayList<>();
        for (String row : table.rows()) {
            for (String column : table.columns()) {
                paths.add(ReportLayout.t4ColumnPath(row, rowLabel(table, row), columnLabel(table, column)));
                refs.add(new CellRef(table.table(), row, column));
            }
        }
        r += HeaderGrid.write(sheet, r, "", paths, styles, VALUE_WIDTH);
        Row data = sheet.createRow(r);
        TextCells.text(data, 0, "件数", labelStyles[0]);
        for (int i = 0; i < refs.size(); i++) value(data, i + 1, table, refs.get(i).row(), refs.get(i).column());
        r++;
        incomplete(table);
    }

    /** Writes the table's title; when the table was not found also says so and returns false. */
    private boolean title(String code, ReportTable table) {
        r++;
        Row title = sheet.createRow(r++);
        TextCells.text(title, 0, ReportTable.tableTitle(code), styles.label);
        if (table == null || !table.found()) {
            Row row = sheet.createRow(r++);
            TextCells.text(row, 0, NOT_FOUND, styles.missing);
            return false;
        }
        return true;
    }

    private void incomplete(ReportTable table) {
        if (table.isIncomplete()) notice("该表不完整，缺少：" + String.join("；", table.missing()));
        if (table.anyUnreadable()) notice("未能读准（不是报告的问题，需人工核对）：" + String.join("；", table.unreadable()));
    }

    private void notice(String text) {
        Row row = sheet.createRow(r);
        TextCells.text(row, 0, text, styles.notice);
        for (int c = 1; c <= 9; c++) TextCells.text(row, c, null, styles.notice);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 9));
        row.setHeightInPoints(RowHeights.points(Math.min(8, RowHeights.lines(text, LABEL_WIDTH + 9 * VALUE_WIDTH))));
        r++;
    }

    private void dataRow(ReportTable table, String rowKey, String label, int indent, List<String> columns) {
        Row row = sheet.createRow(r++);
        TextCells.text(row, 0, label, labelStyles[Math.min(indent, 2)]);
        int lines = RowHeights.lines(label, LABEL_WIDTH - 2 * indent);
        if (lines > 1) row.setHeightInPoints(RowHeights.points(lines));
        for (int c = 0; c < columns.size(); c++) value(row, c + 1, table, rowKey, columns.get(c));
    }

    /** One value cell: the number, coloured and commented when a finding names it. */
    private void value(Row row, int column, ReportTable table, String rowKey, String columnKey) {
        TableCell cell = table.cell(rowKey, columnKey);
        if (cell == null) {
            TextCells.text(row, column, NOT_READ, styles.missing);
            return;
        }
        List<Finding> findings = findingsByCell.getOrDefault(CellRef.of(cell), List.of());
        SeverityLook look = findings.stream().map(Finding::severity).min(Comparator.naturalOrder())
                .map(SeverityLook::of).orElse(null);
        StringBuilder note = new StringBuilder();
        Cell out;
        if (cell.reading() == TableCell.Reading.UNCERTAIN) {
            List<Double> values = cell.run() == null ? List.of() : cell.run().valuesOf(cell.key());
            out = TextCells.text(row, column, UNCERTAIN, styles.missing);
            note.append("原文这一行的数字连写为“").append(cell.raw()).append("”，未能确定此格的数");
            if (!values.isEmpty()) {
                note.append("（可能为 ").append(String.join("、", values.stream().map(ExtractedTablesSheet::plain).toList())).append("）");
            }
            note.append("，请对照原文核对。");
        } else if (cell.value() != null && cell.recognised() && findings.stream().anyMatch(Finding::gap)) {
            // scans confirm, they never accuse: a recognised number in a sum that does not hold may be the misread
            // one, and which is not known, so none of them is shown as read
            out = TextCells.text(row, column, UNCERTAIN, styles.missing);
            note.append("扫描识别为 ").append(plain(cell.value()));
            if (cell.confidence() != null) note.append("（识别可信度 ").append(Math.round(cell.confidence())).append("）");
            note.append("，但所在的加总关系不成立，可能有数字认错，请对照原件核对。");
        } else if (cell.value() != null) {
            out = TextCells.number(row, column, cell.value(), look != null ? styles.severityNumber(look) : styles.number);
            if (cell.malformed()) note.append("原文为“").append(cell.raw()).append("”，不是规范的数字，按 ")
                    .append(plain(cell.value())).append(" 读取。");
            if (cell.reading() == TableCell.Reading.SPLIT) note.append("原文这一行的数字连写为“").append(cell.raw())
                    .append("”，按该行合计只有一种拆分，此格读作 ").append(plain(cell.value())).append("。");
        } else if (cell.blank()) {
            out = TextCells.text(row, column, null, look != null ? styles.severityNumber(look) : styles.number);
            note.append("报告中此格为空白");
            if (cell.raw() != null && !cell.raw().isBlank()) note.append("（原文为“").append(cell.raw().strip()).append("”）");
            note.append("。");
        } else {
            out = TextCells.text(row, column, cell.raw(), look != null ? styles.severityText(look) : styles.text);
            note.append("无法读作数字。");
        }
        for (Finding f : findings) {
            if (note.length() > 0) note.append('\n');
            note.append('【').append(SeverityLook.of(f.severity()).label()).append("】").append(f.rule());
            if (f.message() != null) note.append('：').append(f.message());
            if (f.expected() != null || f.actual() != null) {
                note.append("\n应为：").append(f.expected() == null ? "—" : f.expected())
                        .append("　实为：").append(f.actual() == null ? "—" : f.actual());
            }
        }
        if (note.length() > 0) comment(out, note.toString());
    }

    private void comment(Cell cell, String text) {
        if (drawing == null) drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + Math.min(12, RowHeights.lines(text, 4 * VALUE_WIDTH) + 1));
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(TextCells.clean(text)));
        comment.setAuthor(AUTHOR);
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex()); // SXSSF keeps the anchor's cell otherwise
        cell.setCellComment(comment);
    }

    private static String rowLabel(ReportTable table, String row) {
        for (String column : table.columns()) {
            TableCell c = table.cell(row, column);
            if (c != null && c.rowLabel() != null) return c.rowLabel();
        }
        return row;
    }

    private static String columnLabel(ReportTable table, String column) {
        for (String row : table.rows()) {
            TableCell c = table.cell(row, column);
            if (c != null && c.columnLabel() != null) return c.columnLabel();
        }
        return column;
    }

    private static String plain(Double v) {
        return Numbers.format(v);
    }
}
