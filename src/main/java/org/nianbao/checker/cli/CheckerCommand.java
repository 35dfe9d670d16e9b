package org.nianbao.checker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * 政府信息公开工作年度报告检查工具. Without a subcommand it runs {@code check} with its defaults: every report in
 * {@code reports-in/}, the rules in {@code rules/}, outputs in {@code reports-out/}.
 */
@Command(name = "checker", mixinStandardHelpOptions = true, version = "nianbao-checker 0.1.0",
        description = {
                "政府信息公开工作年度报告检查工具：检查年报的六个部分、三张表的勾稽关系、信息处理费、统计期限和发布时间，",
                "为每个机关生成一个 Excel 工作簿，并生成 findings.json。",
                "Checks annual government information disclosure reports; one workbook per agency plus findings.json.",
                "",
                "Without a command: same as 'check' (reports-in/ -> reports-out/ with rules/)."},
        subcommands = {CheckCommand.class, RulesCommand.class, BenchCommand.class, RunsCommand.class, TriageCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:没有 ERROR 级问题 / no ERROR finding", "1:至少一个 ERROR 级问题 / at least one ERROR finding",
                "2:无法运行（参数错误、规则无法编译、输出目录不可写）/ the run could not happen"})
public final class CheckerCommand implements Callable<Integer> {

    public static void main(String[] args) {
        int code = commandLine().execute(withDefaultCommand(args));
        System.exit(code);
    }

    /** "./checker -q" and "./checker some.pdf" mean "./checker check -q" and "./checker check some.pdf". */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0) return args;
        String first = args[0];
        boolean known = commandLine().getSubcommands().containsKey(first)
                || first.equals("-h") || first.equals("--help") || first.equals("-V") || first.equals("--version");
        if (known) return args;
        String[] withCheck = new String[args.length + 1];
        withCheck[0] = "check";
        System.arraycopy(args, 0, withCheck, 1, args.length);
        return withCheck;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CheckerCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("内部错误，运行中止 / internal error, run aborted: " + ex
                    + "（详情见 checker.log / details in checker.log）");
            org.slf4j.LoggerFactory.getLogger(CheckerCommand.class).debug("unexpected failure", ex);
            return ExitCodes.CANNOT_RUN;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("参数错误 / bad arguments: " + ex.getMessage());
            cmd.getErr().println("用法见 / see: checker " + cmd.getCommandName() + " --help");
            return ExitCodes.CANNOT_RUN;
        });
        return cl;
    }

    @Override
    public Integer call() {
        return commandLine().execute("check");
    }
}
