package org.nianbao.checker.read;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.PageMetadata;

/**
 * Where a government web page keeps its article, and what its head says of it. Government CMSs mark the article
 * body (TRS 的 {@code TRS_Editor}, {@code #zoom}, {@code .article}, {@code .content} …); without such a mark the
 * densest block of text wins, as in Apache Tika's boilerpipe handler: most text, least of it in links. The part
 * read is that body with the little around it that belongs to the article (its title, 来源, 时间, share bar),
 * not the site's navigation, sidebars and footer.
 */
final class MainContent {

    /** CMS markers of the article body, most specific first. */
    private static final List<String> BODY_SELECTORS = List.of(".TRS_Editor", ".trs_editor", "#zoom", ".zoom",
            "#UCAP-CONTENT", ".view.TRS_UEDITOR", ".article_content", ".article-content", ".articleContent", "#article",
            ".article", ".content", "#content", ".main-content", ".detail", ".detail-content", "article", "main");
    /** Less text than this is not an article body (an empty template block that happens to carry the class). */
    private static final int MIN_BODY = 200;
    /** The article's own frame (title, 来源, 时间, share bar) is short: climbing stops before the page's chrome. */
    private static final int MAX_FRAME = 1500;
    private static final int MAX_CLIMB = 8;

    private MainContent() {
    }

    /** The element to read: the article body with its frame, or the whole body when the page is only an article. */
    static Element of(Element body) {
        Map<Element, int[]> sizes = sizes(body);
        Element article = marked(body, sizes);
        if (article == null) article = densest(body, sizes);
        if (article == null) return body;
        int own = sizes.get(article)[0];
        Element frame = article;
        for (int i = 0; i < MAX_CLIMB && frame.parent() != null && frame != body; i++) {
            Element up = frame.parent();
            int[] s = sizes.get(up);
            if (s == null || s[0] > own + MAX_FRAME) break;
            frame = up;
        }
        return frame;
    }

    /** The CMS-marked body with the most text, at least {@link #MIN_BODY} characters. */
    private static Element marked(Element body, Map<Element, int[]> sizes) {
        for (String selector : BODY_SELECTORS) {
            Element best = null;
            Elements found;
            try {
                found = body.select(selector);
            } catch (RuntimeException e) {
                continue;
            }
            for (Element e : found) {
                int[] s = sizes.get(e);
                if (s == null || s[0] < MIN_BODY) continue;
                if (best == null || s[0] > sizes.get(best)[0]) best = e;
            }
            if (best != null) return best;
        }
        return null;
    }

    /**
     * The deepest element that holds most of the page's text outside links: from the body down, into the child
     * that has at least two thirds of its parent's text.
     */
    private static Element densest(Element body, Map<Element, int[]> sizes) {
        Element at = body;
        while (true) {
            int total = score(sizes.get(at));
            Element next = null;
            for (Element child : at.children()) {
                int[] s = sizes.get(child);
                if (s != null && score(s) * 3 >= total * 2) {
                    next = child;
                    break;
                }
            }
            if (next == null) return at == body ? null : at;
            at = next;
        }
    }

    private static int score(int[] size) {
        return size == null ? 0 : size[0] - 2 * size[1];
    }

    /** Text length and link text length of every element, in one pass (deep pages must not cost more). */
    private static Map<Element, int[]> sizes(Element root) {
        Map<Element, int[]> sizes = new IdentityHashMap<>();
        int[] openLinks = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (HtmlReader.SKIPPED.contains(el.normalName())) return FilterResult.SKIP_ENTIRELY;
                    sizes.put(el, new int[2]);
                    if (el.normalName().equals("a")) openLinks[0]++;
                } else if (node instanceof TextNode t && t.parentNode() instanceof Element parent && sizes.containsKey(parent)) {
                    int n = t.getWholeText().strip().length();
                    int[] s = sizes.get(parent);
                    s[0] += n;
                    if (openLinks[0] > 0) s[1] += n;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && sizes.containsKey(el)) {
                    if (el.normalName().equals("a")) openLinks[0]--;
                    // an element's totals are complete when it is left: hand them to its parent
                    if (el != root && el.parent() != null && sizes.containsKey(el.parent())) {
                        int[] s = sizes.get(el), p = sizes.get(el.parent());
                        p[0] += s[0];
                        p[1] += s[1];
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return sizes;
    }

    /** The page's own title, publication time and source, from its meta tags (ArticleTitle, PubDate, ContentSource). */
    static PageMetadata metadata(org.jsoup.nodes.Document html) {
        return new PageMetadata(meta(html, "ArticleTitle", "title", "og:title"),
                meta(html, "PubDate", "pubdate", "PublishDate", "publishdate", "firstpublishedtime", "article:published_time"),
                meta(html, "ContentSource", "source", "Author"));
    }

    private static PageMetadata.Entry meta(org.jsoup.nodes.Document html, String... names) {
        for (String name : names) {
            for (Element m : html.select("meta[name], meta[property]")) {
                String key = m.hasAttr("name") ? m.attr("name") : m.attr("property");
                if (!key.equalsIgnoreCase(name)) continue;
                String value = m.attr("content").strip();
                if (!value.isEmpty()) return new PageMetadata.Entry(value, "网页元数据 " + name, Location.NONE);
            }
        }
        return null;
    }
}
