package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Web pages (.html, .htm) through jsoup. The charset comes from the BOM, the meta tag or detection
 * ({@link #decode}). Only the article is read, with its title and 来源/时间 line, not the site around it
 * ({@link MainContent}); the page's meta tags (ArticleTitle, PubDate) are kept as the document's metadata. Text outside tables
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
        return read(file, Files.readAllBytes(file), ReadingTime.unlimited());
    }

    @Override
    public Document read(Path file, byte[] bytes, ReadingTime time) throws UnreadableInputException, IOException {
        org.jsoup.nodes.Document html = parse(bytes);
        BlockCollector out = new BlockCollector();
        Element body = html.body();
        if (body != null) new Walker(out).walk(MainContent.of(body));
        return new Document(file, SourceFormat.HTML, out.blocks(), null, MainContent.metadata(html));
    }

    /** The page as jsoup's tree; its text is no longer held once it is built (its bytes only when under 1 MB, see Readers). */
    private static org.jsoup.nodes.Document parse(byte[] bytes) throws UnreadableInputException, IOException {
        String text = decode(bytes);
        try {
            return Jsoup.parse(text, "");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new UnreadableInputException("网页文件无法解析（" + e.getClass().getSimpleName() + "）；请另存为 PDF 或 DOCX 后提交",
                    "the HTML cannot be parsed (" + e.getClass().getSimpleName() + "); save it as PDF or DOCX", e);
        }
    }

    /**
     * The page's text: its byte-order mark, else the charset its meta tag or XML declaration names (read as
     * browsers read labels, so gb2312 is GB18030), else detected. Why not jsoup's own decoding: it took "gb2312"
     * as Java's strict GB2312, which has no 〇 and turns — into U+2015, and it reads an undeclared GBK page as UTF-8.
     */
    static String decode(byte[] bytes) throws UnreadableInputException {
        return TextDecoding.decode(bytes, declaredCharset(bytes));
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * The charset label a page declares in its head (the first 64 KB: pages with long scripts before the meta tag
     * are common, and a browser changes to a later meta's encoding too); a UTF-16 label in such ASCII-readable bytes
     * means UTF-8, as the standard says. Null when there is none.
     */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.ISO_8859_1);
        int body = head.toLowerCase(Locale.ROOT).indexOf("<body");
        if (body >= 0) head = head.substring(0, body);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = TextDecoding.forLabel(m.group(1));
            if (cs == null) continue;
            return cs.name().startsWith("UTF-16") ? "utf-8" : m.group(1);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() && TextDecoding.forLabel(xml.group(1)) != null ? xml.group(1) : null;
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
