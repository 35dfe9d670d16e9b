package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.nianbao.checker.history.HistoryDb;
import org.nianbao.checker.history.RunStore;
import org.nianbao.checker.history.TriageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checker triage [--out DIR]}: the officers' decisions stored for an output folder, most recent first. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"列出已保存的处理意见（在 summary.xlsx「问题处理」表中填写，下次检查时读入）：编号、处理意见、机关、年度、规则、备注、时间。",
                "Lists the stored triage decisions (made in summary.xlsx, sheet 问题处理, read by the next check)."})
final class TriageCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path runs = output.dir.resolve(RunStore.FOLDER);
        List<TriageStore.Entry> entries = List.of();
        if (HistoryDb.exists(runs)) {
            try (RunStore store = RunStore.in(output.dir)) {
                entries = new TriageStore(store.db()).list();
            }
        }
        if (entries.isEmpty()) {
            out.println("还没有处理意见。在 " + output.dir.resolve("summary.xlsx") + " 的「问题处理」表中选择处理意见（确认、误报、已沟通、暂缓）"
                    + "并填写备注，保存后再运行 ./checker check，即会读入。");
            out.println("No triage stored yet: fill in 处理意见 / 备注 in summary.xlsx, sheet 问题处理, then run ./checker check.");
            out.flush();
            return ExitCodes.CLEAN;
        }
        for (TriageStore.Entry e : entries) {
            out.printf("%s  %-3s  %s %s  %s  %s%s%n", e.key(), e.decision() == null ? "—" : e.decision().label(),
                    e.agency() == null ? "未识别" : e.agency(), e.year() == null ? "" : e.year(), e.rule(),
                    e.note() == null ? "" : "备注：" + e.note() + "  ",
                    WHEN.format(e.updatedAt().atZone(ZoneId.systemDefault())));
        }
        long falseAlarms = entries.stream().filter(e -> e.decision() != null && e.decision().label().equals("误报")).count();
        out.printf("共 %d 条处理意见，其中误报 %d 条（误报不再写入机关工作簿）。/ %d decision(s), %d false alarm(s).%n",
                entries.size(), falseAlarms, entries.size(), falseAlarms);
        out.flush();
        return ExitCodes.CLEAN;
    }
}
