package org.nianbao.checker.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays an HTML table out on its grid: each tr becomes a list of cells where a cell spanning several columns or
 * rows keeps its text in its first position and leaves empty strings in the others, so every column lines up.
 * Rows of tables nested inside a cell follow the row that holds them (to a nesting depth of 32).
 */
final class HtmlTable {

    private static final int MAX_COLSPAN = 64;
    private static final int MAX_ROWSPAN = 1000;
    private static final int MAX_NESTING = 32;

    private HtmlTable() {
    }

    static List<List<String>> rows(Element table) {
        List<List<String>> out = new ArrayList<>();
        layOut(table, out, 0);
        return out;
    }

    private static void layOut(Element table, List<List<String>> out, int depth) {
        List<Element> trs = ownRows(table);
        Map<Integer, Integer> covered = new HashMap<>();  // column -> rows it is still covered by a rowspan, this one included
        for (int r = 0; r < trs.size(); r++) {
            List<String> row = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Element cell : trs.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) continue;
                skipCovered(covered, row);
                int colspan = span(cell.attr("colspan"), MAX_COLSPAN);
                int rowspan = Math.min(span(cell.attr("rowspan"), MAX_ROWSPAN), trs.size() - r);
                int col = row.size();
                row.add(HtmlText.ofCell(cell));
                for (int k = 1; k < colspan; k++) row.add("");
                if (rowspan > 1) for (int k = 0; k < colspan; k++) covered.put(col + k, rowspan);
                nested.addAll(tablesDirectlyIn(cell));
            }
            skipCovered(covered, row);
            covered.replaceAll((col, left) -> left - 1);
            covered.values().removeIf(left -> left <= 0);
            out.add(row);
            if (depth < MAX_NESTING) for (Element inner : nested) layOut(inner, out, depth + 1);
        }
    }

    /** Empty strings for the columns at the end of the row so far that a rowspan from above still covers. */
    private static void skipCovered(Map<Integer, Integer> covered, List<String> row) {
        while (covered.getOrDefault(row.size(), 0) > 0) row.add("");
    }

    private static List<Element> ownRows(Element table) {
        List<Element> trs = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                trs.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) if (tr.normalName().equals("tr")) trs.add(tr);
            }
        }
        return trs;
    }

    private static List<Element> tablesDirectlyIn(Element cell) {
        List<Element> tables = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != cell && node instanceof Element el && el.normalName().equals("table")) {
                    tables.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return tables;
    }

    private static int span(String value, int max) {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
