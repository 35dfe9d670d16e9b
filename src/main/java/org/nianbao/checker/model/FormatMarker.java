package org.nianbao.checker.model;

/**
 * A label that only one template uses, seen in the report: e.g. 本年新制作数量 (2019) or 本年制发件数 (2021).
 * Lets a rule say a 2021+ report still follows the 2019 format.
 *
 * @param position where in the document the label stands, in reading order (for "the first such label")
 */
public record FormatMarker(String template, String label, Location location, int position) {
}
