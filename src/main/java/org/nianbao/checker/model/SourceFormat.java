package org.nianbao.checker.model;

/** The file formats a report can arrive in, detected from the content rather than the extension. */
public enum SourceFormat {
    TXT, PDF, DOCX, DOC, HTML,
    /** A page image: PNG, JPEG or TIFF (a scan posted as pictures), read by OCR. */
    IMAGE,
    UNKNOWN
}
