package org.nianbao.checker.model;

/**
 * Where something sits in the source file: a page (PDF only, 1-based) and a line (1-based, counted in
 * the text the reader produced). Either may be null when the format has no such notion.
 */
public record Location(Integer page, Integer line) {

    public static final Location NONE = new Location(null, null);

    public static Location line(int line) {
        return new Location(null, line);
    }

    /** "第 2 页 第 14 行", the way an officer would look it up. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (page != null) sb.append("第 ").append(page).append(" 页");
        if (line != null) {
            if (sb.length() > 0) sb.append(' ');
            sb.append("第 ").append(line).append(" 行");
        }
        return sb.toString();
    }
}
