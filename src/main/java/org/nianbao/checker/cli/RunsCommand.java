package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.nianbao.checker.history.RunStore;
import org.nianbao.checker.history.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checker runs [--out DIR]}: the recorded checks, oldest first, with the ids {@code --compare-to} takes. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"列出已记录的检查（编号、时间、文件数、按严重程度统计的问题数、规则版本）。编号可用于 check --compare-to。",
                "Lists the recorded runs (id, time, files, findings by severity, rules version); an id can be given "
                        + "to check --compare-to."})
final class RunsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption output;

    /** Column widths in terminal cells; a Chinese character takes two. */
    private static final int[] WIDTHS = {18, 20, 6, 6, 6, 6, 6, 6, 7, 18, 0};

    private static String row(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : String.valueOf(values[i]);
            boolean right = i >= 2 && i <= 8;
            int pad = Math.max(1, WIDTHS[i] - cells(v));
            if (right) sb.append(" ".repeat(pad - 1)).append(v).append("  ");
            else sb.append(v).append(i == values.length - 1 ? "" : " ".repeat(pad));
        }
        return sb.toString().stripTrailing();
    }

    private static int cells(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) n += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return n;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunStore store = RunStore.in(output.dir);
        List<RunSummary> runs = store.list();
        if (runs.isEmpty()) {
            out.println("还没有检查记录（" + store.folder() + "）。运行 ./checker check 后会记录每次检查。");
            out.println("No runs recorded yet in " + store.folder() + ".");
            out.flush();
            return ExitCodes.CLEAN;
        }
        out.println(row("编号", "时间", "文件", "通过", "错误", "警告", "提示", "新增", "已整改", "比较对象", "规则版本"));
        for (RunSummary r : runs) {
            String when = r.startedAt() == null ? "?" : WHEN.format(r.startedAt().atZone(ZoneId.systemDefault()));
            boolean compared = r.comparedTo() != null;
            out.println(row(r.id(), when, r.files(), r.passed(), r.errors(), r.warnings(), r.infos(),
                    compared ? r.added() : "-", compared ? r.fixed() : "-", compared ? r.comparedTo() : "首次检查",
                    r.rulesVersion()));
        }
        out.println("(id, time, files, passed, errors, warnings, info, new, fixed, compared to, rules version)");
        out.printf("共 %d 次检查，记录在 %s。比较某次检查：./checker check --compare-to 编号%n", runs.size(), store.folder());
        out.flush();
        return ExitCodes.CLEAN;
    }
}
