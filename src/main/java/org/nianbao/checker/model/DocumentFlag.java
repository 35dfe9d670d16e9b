package org.nianbao.checker.model;

/**
 * Something about the file as a whole that the reader or normaliser noticed: it could not be read, it has no
 * text layer, its body is repeated, its text shows encoding damage. Rules turn flags into findings.
 */
public record DocumentFlag(Kind kind, String detail, String detailEn, Location location) {

    public enum Kind { UNREADABLE, NO_TEXT, DUPLICATE_CONTENT, TEXT_DAMAGED }
}
