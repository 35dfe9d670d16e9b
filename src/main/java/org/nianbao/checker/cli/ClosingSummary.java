package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.Verdict;
import org.nianbao.checker.run.DuplicateInputs;

/**
 * The lines a check ends with, also under {@code --quiet}: files by verdict, findings by severity, what changed
 * since the previous check, and where the outputs are. Chinese first, then English.
 */
final class ClosingSummary {

    private ClosingSummary() {
    }

    static void print(PrintWriter out, List<CheckedReport> results, RunChanges changes, Path outDir,
                      List<String> written, String runId, String rulesVersion, double seconds) {
        long needFix = results.stream().filter(r -> r.verdict() == Verdict.NEEDS_FIX).count();
        long passed = results.size() - needFix;
        long errors = sum(results, Severity.ERROR), warnings = sum(results, Severity.WARN), infos = sum(results, Severity.INFO);
        out.printf("已检查 %d 个文件：%d 个通过，%d 个需整改；共 %d 条问题（错误 %d，警告 %d，提示 %d）。%n",
                results.size(), passed, needFix, errors + warnings + infos, errors, warnings, infos);
        long copies = results.stream().filter(DuplicateInputs::isDuplicate).count();
        if (copies > 0) {
            out.printf("其中 %d 个文件与另一个输入文件逐字节相同，只检查并统计了一次（DUPLICATE_FILE）。/ %d file(s) repeat another input and were checked once.%n",
                    copies, copies);
        }
        RunChanges.PreviousRun previous = changes.previous();
        if (previous == null) {
            out.println("首次检查：没有上次的检查记录，全部问题均为新增。");
        } else {
            out.printf("与上次检查（编号 %s）相比：新增 %d 条，仍存在 %d 条，已整改 %d 条。%s%n", previous.id(),
                    changes.count(FindingStatus.NEW), changes.count(FindingStatus.STILL_OPEN), changes.count(FindingStatus.FIXED),
                    previous.rulesVersion() != null && !previous.rulesVersion().equals(rulesVersion)
                            ? "规则版本已由 " + previous.rulesVersion() + " 改为 " + rulesVersion + "，部分新增或已整改可能来自规则的修改。" : "");
        }
        out.printf("结果在 %s：%s%s%n", outDir, String.join("、", written),
                runId == null ? "" : "；本次检查编号 " + runId + "（./checker runs 列出全部检查）");
        out.printf("Checked %d file(s) in %.1f s: %d passed, %d need fixing; %d findings (%d errors, %d warnings, %d info)%s.%n",
                results.size(), seconds, passed, needFix, errors + warnings + infos, errors, warnings, infos,
                previous == null ? "; first recorded check"
                        : "; since run " + previous.id() + ": " + changes.count(FindingStatus.NEW) + " new, "
                        + changes.count(FindingStatus.FIXED) + " fixed");
    }

    private static long sum(List<CheckedReport> results, Severity severity) {
        return results.stream().mapToLong(r -> r.count(severity)).sum();
    }
}
