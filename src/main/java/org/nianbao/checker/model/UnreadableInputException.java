package org.nianbao.checker.model;

/**
 * A file that cannot be turned into a document. The reason is written for the officer (Chinese first, English
 * second) and becomes the evidence of an {@code INPUT_UNREADABLE} or {@code INPUT_NO_TEXT} finding.
 */
public class UnreadableInputException extends Exception {

    public enum Kind { UNREADABLE, NO_TEXT }

    private final Kind kind;
    private final String reasonEn;
    private final Integer pages;

    public UnreadableInputException(Kind kind, String reasonZh, String reasonEn, Integer pages, Throwable cause) {
        super(reasonZh, cause);
        this.kind = kind;
        this.reasonEn = reasonEn;
        this.pages = pages;
    }

    public UnreadableInputException(String reasonZh, String reasonEn) {
        this(Kind.UNREADABLE, reasonZh, reasonEn, null, null);
    }

    public UnreadableInputException(String reasonZh, String reasonEn, Throwable cause) {
        this(Kind.UNREADABLE, reasonZh, reasonEn, null, cause);
    }

    public Kind kind() { return kind; }
    public String reasonZh() { return getMessage(); }
    public String reasonEn() { return reasonEn; }
    public Integer pages() { return pages; }
}
