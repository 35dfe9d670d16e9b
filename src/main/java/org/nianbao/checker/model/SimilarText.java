package org.nianbao.checker.model;

/**
 * A narrative section of this report (一, 五 or 六) and the most similar section of the same kind in another report
 * that it may have been copied from: the same agency's previous year, or another agency's report of the same
 * year. Made by the copy detection for sections at or above the threshold; rules/crossyear.drl reports it.
 *
 * @param similarity the Jaccard similarity of the two sections' four-character phrases, 0–1
 * @param relation   "同一机关上一年度" or "其他机关同一年度"
 * @param passage    the longest passage the two texts share (own agency names masked as 〔本机关〕)
 */
public record SimilarText(int kind, String title, Location location, double similarity, String relation,
                         String otherFile, String otherFileName, String otherAgency, Integer otherYear, String otherSource,
                         String passage) {

    /** "87%": the similarity as officers read it. */
    public String percent() {
        return Math.round(similarity * 100) + "%";
    }
}
