package org.nianbao.checker.model;

import java.time.LocalDate;

/**
 * A required statement found in the text, with what was parsed from it.
 *
 * <ul>
 *   <li>PERIOD: the statistics period; {@code start}, {@code end} (end year defaults to the start's)</li>
 *   <li>FEE: the 信息处理费 statement; {@code detail} is NONE_CHARGED, AMOUNT (with {@code amount} in 元) or MENTIONED</li>
 *   <li>APPLICATIONS_RECEIVED: "收到…申请 N 件" in the text; {@code amount} is N</li>
 * </ul>
 */
public record Statement(Kind kind, String text, LocalDate start, LocalDate end, Double amount, String detail,
                        Location location) {

    public enum Kind { PERIOD, FEE, APPLICATIONS_RECEIVED }
}
