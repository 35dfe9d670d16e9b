package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code checker check [INPUT...] [--rules DIR] [--out DIR] [--format xlsx,json] [--compare-to RUN] [-q]}: checks
 * reports, compares them with the previous recorded run, writes the outputs and records this run. The options are
 * here; {@link CheckRun} is the run, step by step.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查年报文件（txt、pdf、docx、doc、html），为每个机关写一个工作簿，并写 summary.xlsx 和 findings.json。",
                "Checks report files and writes one workbook per agency, summary.xlsx and findings.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:没有 ERROR 级问题 / no ERROR finding", "1:至少一个 ERROR 级问题 / at least one ERROR finding",
                "2:无法运行 / the run could not happen"})
final class CheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "要检查的文件或文件夹（文件夹中的所有文件都会检查），默认 reports-in / files or folders to check (default: reports-in)")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    RuleFolderOption rules;

    @Mixin
    OutputFolderOption output;

    @Option(names = {"-v", "--verbose"}, description = "在控制台显示详细日志 / detailed log on the console")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "只显示最后的汇总 / only the closing summary")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "并行处理的线程数，默认为处理器核数 / worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "xlsx,json",
            description = "要写的输出：xlsx（机关工作簿和 summary.xlsx）、json（findings.json），默认 ${DEFAULT-VALUE} / outputs to write")
    List<String> formats;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "30",
            description = "单个文件大小上限，超过则不读取并报告，默认 ${DEFAULT-VALUE} MB / largest file read (default ${DEFAULT-VALUE} MB)")
    long maxFileMb;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "60",
            description = "单个文件处理时间上限，超过则放弃并报告；扫描件按每页计，默认 ${DEFAULT-VALUE} 秒 / time limit per file, and per page of a scan (default ${DEFAULT-VALUE} s)")
    long maxSeconds;

    @Option(names = "--max-scan-seconds", paramLabel = "S", defaultValue = "600",
            description = "单个扫描件（文字识别）处理时间的总上限，默认 ${DEFAULT-VALUE} 秒 / the most one scanned file may take in all (default ${DEFAULT-VALUE} s)")
    long maxScanSeconds;

    @Option(names = "--cross-checks", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "跨报告的检查：与同一机关上一年度比较（CARRY_OVER_MISMATCH、DOC_COUNT_DRIFT）和内容雷同（TEXT_COPIED），默认进行；"
                    + "--no-cross-checks 不做 / the checks across years and for copied text (on by default)")
    boolean crossChecks;

    @Option(names = "--triage", paramLabel = "FILE",
            description = "从哪个工作簿读取处理意见（「问题处理」表中的处理意见和备注），默认为输出文件夹中上次的 summary.xlsx"
                    + " / the workbook to read the officers' triage from (default: the previous summary.xlsx in --out)")
    Path triageFrom;

    @Option(names = "--compare-to", paramLabel = "RUN",
            description = "与哪一次检查比较（编号见 ./checker runs），默认与上一次比较 / the recorded run to compare with (default: the last one)")
    String compareTo;

    @Override
    public Integer call() throws Exception {
        try {
            return new CheckRun(this, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        } catch (OutOfMemoryError e) {
            // what the run held is released by now; each output already written is whole (written atomically)
            PrintWriter err = spec.commandLine().getErr();
            err.println("内存不足（Java 堆上限 " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB），检查未完成。"
                    + "请把文件分成几批分别检查，或加大上限，例如 CHECKER_HEAP=1g ./checker …"
                    + " / out of memory: check the files in smaller batches, or raise the limit with CHECKER_HEAP=1g");
            err.flush();
            LOG.error("out of memory", e);
            return ExitCodes.CANNOT_RUN;
        }
    }
}
