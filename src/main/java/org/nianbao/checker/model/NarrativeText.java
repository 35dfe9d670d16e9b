package org.nianbao.checker.model;

/**
 * A narrative section as the copy detection compares it: whitespace gone, the report's own agency name masked as
 * 〔本机关〕, boilerplate sentences of section 六 left out; with a hash of that text and its MinHash signature.
 * The text itself is written to the history store and dropped from memory ({@link #withoutText}).
 */
public record NarrativeText(int kind, String title, Location location, String text, long textHash, int[] minhash) {

    public NarrativeText withoutText() {
        return new NarrativeText(kind, title, location, null, textHash, minhash);
    }
}
