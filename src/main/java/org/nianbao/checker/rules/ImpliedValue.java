package org.nianbao.checker.rules;

import org.nianbao.checker.model.TableCell;

/**
 * A blank cell whose value another identity determines (the applicant columns of a row add up to 1 but its
 * 总计 is blank). Inserted by the arithmetic rules so that CELL_BLANK can state the value.
 */
public record ImpliedValue(TableCell cell, double value, String identityRule) {
}
