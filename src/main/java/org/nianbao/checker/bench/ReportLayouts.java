package org.nianbao.checker.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A generated text report as HTML or Word, the way agencies publish them: paragraphs, and real tables where the
 * text has tab- or pipe-separated rows. The same conversion as scripts/fixtures/seed_to_html.py, whose fixtures
 * the format tests show read exactly like the text, so a generated report finds the same defects in any format.
 */
final class ReportLayouts {

    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]{1,2}|[0-9]{1,2})\\s*[、.]\\s*\\S.{0,28}$");
    private static final Pattern ONE_CELL_LINE = Pattern.compile("\\t[^\\t|]*");

    private ReportLayouts() {
    }

    /** A paragraph (heading or not) or a table, in reading order. */
    private record Part(String paragraph, boolean heading, List<List<String>> rows) {
    }

    static String html(String text, String title) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n</head>\n<body>\n");
        for (Part p : parts(text)) {
            if (p.rows != null) {
                out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n");
                for (List<String> row : p.rows) {
                    out.append("  <tr>");
                    for (String c : row) out.append("<td>").append(escape(c.strip())).append("</td>");
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
            } else {
                String tag = p.heading ? "h2" : "p";
                out.append('<').append(tag).append('>').append(escape(p.paragraph)).append("</").append(tag).append(">\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static void docx(String text, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Part p : parts(text)) {
                if (p.rows == null) {
                    doc.createParagraph().createRun().setText(p.paragraph);
                    continue;
                }
                int columns = p.rows.stream().mapToInt(List::size).max().orElse(1);
                XWPFTable table = doc.createTable(p.rows.size(), columns);
                for (int r = 0; r < p.rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    List<String> cells = p.rows.get(r);
                    for (int c = 0; c < cells.size(); c++) row.getCell(c).setText(cells.get(c).strip());
                }
            }
            doc.write(out);
        }
    }

    private static List<Part> parts(String text) {
        String[] lines = text.split("\\R", -1);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (isTableLine(line)) {
                int j = i;
                while (j < lines.length && (isTableLine(lines[j]) || lines[j].isBlank())) j++;
                while (j > i && lines[j - 1].isBlank() && !isTableLine(lines[j - 1])) j--;
                parts.add(new Part(null, false, tableRows(List.of(lines).subList(i, j))));
                i = j;
                continue;
            }
            if (!line.isBlank()) parts.add(new Part(line.strip(), HEADING.matcher(line).matches(), null));
            i++;
        }
        return parts;
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0;
    }

    private static List<String> cellsOf(String line) {
        return List.of(line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.split("\\|", -1));
    }

    /** Seed 001 writes one cell per line after a tab, rows separated by blank lines. */
    private static List<List<String>> tableRows(List<String> lines) {
        boolean oneCellPerLine = lines.stream().filter(ReportLayouts::isTableLine).allMatch(l -> ONE_CELL_LINE.matcher(l).matches());
        List<List<String>> rows = new ArrayList<>();
        if (oneCellPerLine) {
            List<String> current = new ArrayList<>();
            for (String line : lines) {
                if (isTableLine(line)) {
                    current.add(line.substring(1));
                } else if (!current.isEmpty()) {
                    rows.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) rows.add(current);
            return rows;
        }
        for (String line : lines) if (isTableLine(line)) rows.add(cellsOf(line));
        return rows;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
