package org.nianbao.checker.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The text of an HTML fragment the way a reader sees it: whitespace collapsed, one line per block or br. */
final class HtmlText {

    private HtmlText() {
    }

    /** Text of a table cell: its own content, not that of tables nested in it (those are read as rows). */
    static String ofCell(Element cell) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (node != cell && (tag.equals("table") || HtmlReader.SKIPPED.contains(tag))) return FilterResult.SKIP_ENTIRELY;
                    if (node != cell && HtmlReader.BLOCKS.contains(tag)) sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != cell && node instanceof Element el && HtmlReader.BLOCKS.contains(el.normalName())) sb.append('\n');
                return FilterResult.CONTINUE;
            }
        }, cell);
        String[] lines = sb.toString().split("\n");
        StringBuilder joined = new StringBuilder();
        for (String l : lines) {
            String t = tidy(l);
            if (t.isEmpty()) continue;
            if (joined.length() > 0) joined.append('\n');
            joined.append(t);
        }
        return joined.toString();
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String tidy(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
