package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Web pages (.html, .htm) through jsoup. The charset comes from the BOM or the meta tag. Only the article is
 * read, with its title and 来源/时间 line, not the site around it ({@link MainContent}); the page's meta tags
 * (ArticleTitle, PubDate) are kept as the document's metadata. Text outside tables
 * becomes paragraphs, one per block element (p, div, h1–h6, li …) and per br-separated line; each table becomes
 * one row block per tr with rowspan and colspan laid out on a grid, so the columns line up. script, style and
 * the head are skipped. The traversal is iterative, so deeply nested markup cannot overflow the stack.
 */
public final class HtmlReader implements ReportReader {

    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "nav", "main", "aside",
            "address", "figure", "figcaption", "center", "form", "fieldset", "legend", "hr", "br", "caption", "body",
            "tr", "td", "th", "thead", "tbody", "tfoot");
    static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "title", "iframe",
            "object", "select", "option", "textarea");

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        org.jsoup.nodes.Document html;
        try {
            html = Jsoup.parse(file.toFile(), null);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new UnreadableInputException("网页文件无法解析（" + e.getClass().getSimpleName() + "）；请另存为 PDF 或 DOCX 后提交",
                    "the HTML cannot be parsed (" + e.getClass().getSimpleName() + "); save it as PDF or DOCX", e);
        }
        BlockCollector out = new BlockCollector();
        Element body = html.body();
        if (body != null) new Walker(out).walk(MainContent.of(body));
        return new Document(file, SourceFormat.HTML, out.blocks(), null, MainContent.metadata(html));
    }

    /** Collects paragraph text until a block boundary; hands each table to {@link HtmlTable}. */
    private static final class Walker implements NodeFilter {

        private final BlockCollector out;
        private final StringBuilder line = new StringBuilder();

        Walker(BlockCollector out) {
            this.out = out;
        }

        void walk(Element root) {
            NodeTraversor.filter(this, root);
            flush();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line.append(text.isBlank() && line.length() == 0 ? "" : text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) return FilterResult.CONTINUE;
            String tag = el.normalName();
            if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("table")) {
                flush();
                for (List<String> row : HtmlTable.rows(el)) out.row(row);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) flush();
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) flush();
            return FilterResult.CONTINUE;
        }

        private void flush() {
            String text = HtmlText.tidy(line);
            line.setLength(0);
            if (!text.isEmpty()) out.paragraph(text);
        }
    }
}
