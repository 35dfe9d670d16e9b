package org.nianbao.checker.cli;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Report;

/** The one line per file the console shows: verdict, file, agency and year, counts by severity. */
final class ConsoleLine {

    private ConsoleLine() {
    }

    static String of(CheckedReport r) {
        Report rep = r.report();
        String who = (rep.agency() == null ? "(未识别机关)" : rep.agency()) + " " + (rep.year() == null ? "(年度不明)" : rep.year());
        return String.format("%s  %s  %s  错误 %d  警告 %d  提示 %d", r.verdict(), rep.fileName(), who,
                r.count("ERROR"), r.count("WARN"), r.count("INFO"));
    }
}
