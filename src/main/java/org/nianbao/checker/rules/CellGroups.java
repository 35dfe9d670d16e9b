package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.TableCell;

/**
 * Many cells of one table with the same problem, named the way an agency finds them: whole columns ("商业企业、科研机构
 * 两列，各 25 行"), whole rows ("(七)总计 一行"), or the cells one by one. The summary is one line for the finding;
 * the detail lists every cell with what it holds.
 */
public record CellGroups(String summary, String detail) {

    public static CellGroups of(List<TableCell> cells) {
        Map<String, List<TableCell>> byColumn = new LinkedHashMap<>();
        Map<String, List<TableCell>> byRow = new LinkedHashMap<>();
        for (TableCell c : cells) {
            byColumn.computeIfAbsent(c.columnLabel(), k -> new ArrayList<>()).add(c);
            byRow.computeIfAbsent(c.rowLabel(), k -> new ArrayList<>()).add(c);
        }
        String summary;
        boolean rectangle = cells.size() == byColumn.size() * byRow.size();
        if (rectangle && byRow.size() >= byColumn.size()) {
            summary = "「" + String.join("」「", byColumn.keySet()) + "」" + byColumn.size() + " 列，各 " + byRow.size() + " 行，共 "
                    + cells.size() + " 格";
        } else if (rectangle) {
            summary = "「" + String.join("」「", byRow.keySet()) + "」" + byRow.size() + " 行，各 " + byColumn.size() + " 列，共 "
                    + cells.size() + " 格";
        } else {
            summary = cells.size() + " 格，分布在「" + String.join("」「", byRow.keySet()) + "」等 " + byRow.size() + " 行";
        }
        StringBuilder detail = new StringBuilder();
        for (TableCell c : cells) {
            if (detail.length() > 0) detail.append("；");
            detail.append(c.cellLabel()).append("：「").append(c.raw().isEmpty() ? "(空白)" : c.raw()).append("」");
        }
        return new CellGroups(summary, detail.toString());
    }
}
