package org.nianbao.checker.model;

/**
 * One of the six statutory sections as found in the report.
 *
 * @param kind        1..6: which statutory section this is, matched by meaning
 * @param number      the numbering as written ("二、", "3、", "" when unnumbered)
 * @param numberValue the numeral's value (二 → 2, 3 → 3), 0 when unnumbered
 * @param numberStyle "CHINESE", "ARABIC" or "NONE"
 * @param order       position among the sections found, 1-based, in reading order
 * @param text        the section's body, from below its heading to the next section heading, one line per block
 */
public record Section(int kind, String number, int numberValue, String numberStyle, String title, int order,
                      Location location, String text) {

    public static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    /** Kind of section 一, 总体情况. */
    public static final int KIND_GENERAL = 1;

    /** The canonical titles of the 2021 format, by kind. */
    public static final String[] CANONICAL_TITLES = {"",
            "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};

    /** "四、政府信息公开行政复议、行政诉讼情况" for kind 4. */
    public static String canonicalHeading(int kind) {
        return NUMERALS[kind] + "、" + CANONICAL_TITLES[kind];
    }
}
