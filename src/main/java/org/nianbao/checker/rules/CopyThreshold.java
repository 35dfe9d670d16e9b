package org.nianbao.checker.rules;

/**
 * When a narrative section counts as copied (TEXT_COPIED), from {@code textCopied:} in settings.yaml; the rule
 * reads it as a fact.
 *
 * @param similarity the share of the section's four-character phrases that the other text has too (Jaccard
 *                   similarity of their sets, 0–1), at or above which the section is called copied
 * @param minChars   sections shorter than this (counted without spaces and punctuation, boilerplate left out) are
 *                   not compared: short texts are alike by nature ("无。")
 */
public record CopyThreshold(double similarity, int minChars) {

    public static final CopyThreshold DEFAULT = new CopyThreshold(0.8, 60);
}
