package org.nianbao.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.rules.RuleCompilationException;
import org.nianbao.checker.write.AgencyWorkbooks;
import org.nianbao.checker.write.JsonFindingsWriter;
import org.nianbao.checker.write.SafeFileNames;
import org.nianbao.checker.write.SummaryWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checker check [INPUT...] [--rules DIR] [--out DIR]}: checks reports and writes the outputs. */
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

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "规则文件夹（.drl 和 settings.yaml），默认 ${DEFAULT-VALUE} / rule folder")
    Path rulesDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-out",
            description = "输出文件夹，默认 ${DEFAULT-VALUE} / output folder")
    Path outDir;

    @Option(names = {"-v", "--verbose"}, description = "在控制台显示详细日志 / detailed log on the console")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "只显示最后的汇总 / only the closing summary")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "并行处理的线程数，默认为处理器核数 / worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LogSetup.verbose(verbose);

        List<Path> args = inputs.isEmpty() ? List.of(Path.of("reports-in")) : inputs;
        for (Path p : args) {
            if (!Files.exists(p)) {
                err.println("输入不存在 / input not found: " + p);
                return ExitCodes.CANNOT_RUN;
            }
        }
        String notWritable = OutputFolder.problem(outDir);
        if (notWritable != null) {
            err.println("输出文件夹不可写 / output folder not writable: " + outDir + "（" + notWritable + "）");
            return ExitCodes.CANNOT_RUN;
        }
        long t0 = System.nanoTime();
        RuleSetup setup;
        try {
            setup = RuleSetup.load(rulesDir, err);
        } catch (RuleCompilationException e) {
            return ExitCodes.CANNOT_RUN;
        }
        LogSetup.logFile(outDir.resolve("checker.log"));
        LOG.debug("rules compiled from {} in {} ms (version {})", rulesDir, (System.nanoTime() - t0) / 1_000_000, setup.rules().version());

        List<Path> files = Inputs.collect(args);
        if (files.isEmpty()) {
            err.println("没有找到要检查的文件 / no files to check in " + args);
            return ExitCodes.CANNOT_RUN;
        }
        ReportPipeline pipeline = new ReportPipeline(Readers.standard(),
                new ReportParser(setup.settings().parser()), new ReportChecker(setup.rules(), setup.settings()));
        List<CheckedReport> results = checkAll(pipeline, files, out);

        RunInfo run = new RunInfo(Instant.now(), rulesDir, setup.rules().version());
        new JsonFindingsWriter().write(results, run, outDir.resolve(JsonFindingsWriter.FILE_NAME));
        // reserved: an agency called "summary" or "findings" must not overwrite the office's files
        var workbooks = AgencyWorkbooks.writeAll(outDir, results, run, new SafeFileNames("summary", "findings", "checker"));
        SummaryWorkbookWriter.write(outDir.resolve(SummaryWorkbookWriter.FILE_NAME), run, results, workbooks);

        long errors = results.stream().filter(r -> r.count("ERROR") > 0).count();
        long findings = results.stream().mapToLong(r -> r.findings().size()).sum();
        out.printf("已检查 %d 个文件：%d 个通过，%d 个需整改；共 %d 条问题（错误 %d，警告 %d，提示 %d）。%n",
                results.size(), results.size() - errors, errors, findings,
                results.stream().mapToLong(r -> r.count("ERROR")).sum(),
                results.stream().mapToLong(r -> r.count("WARN")).sum(),
                results.stream().mapToLong(r -> r.count("INFO")).sum());
        out.printf("Checked %d file(s) in %.1f s. Outputs in %s: %d agency workbook(s), %s, %s, checker.log%n",
                results.size(), (System.nanoTime() - t0) / 1e9, outDir, new java.util.HashSet<>(workbooks.values()).size(),
                SummaryWorkbookWriter.FILE_NAME, JsonFindingsWriter.FILE_NAME);
        out.flush();
        return errors > 0 ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
    }

    /** Checks every file on the worker threads; results and console lines in input order. */
    private List<CheckedReport> checkAll(ReportPipeline pipeline, List<Path> files, PrintWriter out)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "check-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckedReport>> futures = new ArrayList<>();
            for (Path f : files) futures.add(pool.submit(() -> pipeline.check(f)));
            List<CheckedReport> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                CheckedReport r;
                try {
                    r = futures.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("internal error on " + files.get(i), e.getCause());
                }
                results.add(r);
                if (!quiet) out.println(ConsoleLine.of(r));
                LOG.debug("{}: {} finding(s)", files.get(i), r.findings().size());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
