package org.nianbao.checker.write;

import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a grouped, multi-row column header the way the report prints it (申请人情况 over 自然人 | 法人或其他组织 over
 * 商业企业 …). Each column is given as its path of labels from top to bottom; a null in a path means "the cell
 * above continues down here", and equal neighbouring labels under the same parent are merged across.
 */
final class HeaderGrid {

    private HeaderGrid() {
    }

    /**
     * Writes the header into rows {@code firstRow ..} with the row-label column at 0 holding {@code corner}
     * (merged down), the columns from 1. Returns the number of header rows written.
     */
    static int write(Sheet sheet, int firstRow, String corner, List<String[]> paths, WorkbookStyles styles,
                     int leafWidthChars) {
        int levels = paths.stream().mapToInt(p -> p.length).max().orElse(1);
        Row[] rows = new Row[levels];
        for (int l = 0; l < levels; l++) {
            rows[l] = sheet.createRow(firstRow + l);
            for (int c = 0; c <= paths.size(); c++) TextCells.text(rows[l], c, null, styles.header);
        }
        rows[0].getCell(0).setCellValue(TextCells.clean(corner == null ? "" : corner));
        if (levels > 1) sheet.addMergedRegion(new CellRangeAddress(firstRow, firstRow + levels - 1, 0, 0));

        int maxLines = 1;
        for (int l = 0; l < levels; l++) {
            for (int c = 0; c < paths.size(); ) {
                String label = at(paths.get(c), l);
                if (label == null) {
                    c++;
                    continue;
                }
                int end = c;
                while (end + 1 < paths.size() && label.equals(at(paths.get(end + 1), l))
                        && sameParents(paths.get(c), paths.get(end + 1), l)) end++;
                int down = 0;
                while (l + down + 1 < levels && allNull(paths, c, end, l + down + 1)) down++;
                rows[l].getCell(c + 1).setCellValue(TextCells.clean(label));
                if (end > c || down > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(firstRow + l, firstRow + l + down, c + 1, end + 1));
                }
                if (end == c) maxLines = Math.max(maxLines, RowHeights.lines(label, leafWidthChars));
                c = end + 1;
            }
        }
        for (Row row : rows) row.setHeightInPoints(RowHeights.points(1) + 2);
        rows[levels - 1].setHeightInPoints(RowHeights.points(maxLines) + 2);
        return levels;
    }

    private static String at(String[] path, int level) {
        return level < path.length ? path[level] : null;
    }

    private static boolean sameParents(String[] a, String[] b, int level) {
        for (int l = 0; l < level; l++) {
            if (!Objects.equals(at(a, l), at(b, l))) return false;
        }
        return true;
    }

    private static boolean allNull(List<String[]> paths, int from, int to, int level) {
        for (int c = from; c <= to; c++) {
            if (at(paths.get(c), level) != null) return false;
        }
        return true;
    }
}
