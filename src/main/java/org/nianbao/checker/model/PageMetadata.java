package org.nianbao.checker.model;

/**
 * What the page around a report says about it, outside the report's own text: a web page's title, its
 * 发布时间 and 发布机构, as a government CMS or a crawler wrote them. Each entry keeps where it was found, so a
 * finding can say so ("网页“发布时间”", "网页元数据 PubDate").
 */
public record PageMetadata(Entry title, Entry published, Entry publisher) {

    /** One piece of page metadata: the value as written, where it came from (in Chinese), and its location. */
    public record Entry(String value, String source, Location location) {
    }

    public static final PageMetadata NONE = new PageMetadata(null, null, null);

    /** This metadata with the other's entries where this one has none. */
    public PageMetadata orElse(PageMetadata other) {
        if (other == null) return this;
        return new PageMetadata(title != null ? title : other.title, published != null ? published : other.published,
                publisher != null ? publisher : other.publisher);
    }

    public boolean isEmpty() {
        return title == null && published == null && publisher == null;
    }
}
