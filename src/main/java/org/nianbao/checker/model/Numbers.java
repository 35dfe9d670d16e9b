package org.nianbao.checker.model;

import java.math.BigDecimal;

/** Numbers as a report prints them: 3 rather than 3.0, 96171.6 as written. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(Double v) {
        if (v == null) return null;
        if (v.isNaN() || v.isInfinite()) return String.valueOf(v); // never from a cell (see parse.CellValue); no throw
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf(v.longValue());
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static String format(double v) {
        return format(Double.valueOf(v));
    }
}
