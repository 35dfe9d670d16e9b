package org.nianbao.checker.rules;

import java.time.LocalDate;

/** Small date questions the statement rules ask. */
public final class Periods {

    private Periods() {
    }

    /** The period runs from 1 January to 31 December of the year. */
    public static boolean coversYear(LocalDate start, LocalDate end, int year) {
        return start.equals(LocalDate.of(year, 1, 1)) && end.equals(LocalDate.of(year, 12, 31));
    }
}
