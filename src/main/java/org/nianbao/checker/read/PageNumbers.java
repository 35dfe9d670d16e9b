package org.nianbao.checker.read;

import java.util.regex.Pattern;

/** The way page numbers are printed in a footer: -1-, — 4 —, 第 3 页, 第 3 页 共 9 页, 3/9. */
public final class PageNumbers {

    private static final Pattern FOOTER = Pattern.compile("^[-—–―_\\s]*\\d{1,4}[-—–―_\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$");

    private PageNumbers() {
    }

    /** Whether a line's whole text is written as a page number. */
    public static boolean looksLikeOne(String line) {
        return FOOTER.matcher(line).matches();
    }
}
