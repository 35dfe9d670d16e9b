package org.nianbao.checker.cli;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.Severity;

/** The one line per file the console shows: verdict, file, agency and year, counts by severity. */
final class ConsoleLine {

    private ConsoleLine() {
    }

    static String of(CheckedReport r) {
        Report rep = r.report();
        String who = (rep.agency() == null ? "(未识别机关)" : rep.agency()) + " " + (rep.year() == null ? "(年度不明)" : rep.year());
        return String.format("%s  %s  %s  错误 %d  警告 %d  提示 %d", r.verdict().label(), printable(rep.fileName()), printable(who),
                r.count(Severity.ERROR), r.count(Severity.WARN), r.count(Severity.INFO));
    }

    /**
     * The text with control characters shown as escapes (\n, \t, \u001b …): a file name may contain a newline or a
     * terminal escape, and must neither split the line nor change the terminal.
     */
    static String printable(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) sb.append(String.format("\\u%04x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }
}
