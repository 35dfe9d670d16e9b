package org.nianbao.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nianbao.checker.crossreport.CrossReportChecks;
import org.nianbao.checker.crossreport.MemoMaker;
import org.nianbao.checker.crossreport.RunMemory;
import org.nianbao.checker.history.Comparison;
import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.history.RunRecord;
import org.nianbao.checker.history.RunStore;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.Triage;
import org.nianbao.checker.triage.OfficerTriage;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;
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

/**
 * {@code checker check [INPUT...] [--rules DIR] [--out DIR] [--format xlsx,json] [--compare-to RUN] [-q]}: checks
 * reports, compares them with the previous recorded run, writes the outputs and records this run.
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

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${sys:checker.home:-}rules",
            description = "规则文件夹（.drl 和 settings.yaml），默认 ${DEFAULT-VALUE} / rule folder")
    Path rulesDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:checker.home:-}reports-out",
            description = "输出文件夹，默认 ${DEFAULT-VALUE} / output folder")
    Path outDir;

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

    /** Held while this check writes the output folder (see {@link RunLock}). */
    private RunLock runLock;

    @Override
    public Integer call() throws Exception {
        try {
            return checkRun();
        } catch (OutOfMemoryError e) {
            // what the run held is released by now; each output already written is whole (written atomically)
            PrintWriter err = spec.commandLine().getErr();
            err.println("内存不足（Java 堆上限 " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB），检查未完成。"
                    + "请把文件分成几批分别检查，或加大上限，例如 CHECKER_HEAP=1g ./checker …"
                    + " / out of memory: check the files in smaller batches, or raise the limit with CHECKER_HEAP=1g");
            err.flush();
            LOG.error("out of memory", e);
            return ExitCodes.CANNOT_RUN;
        } finally {
            if (runLock != null) runLock.close();
            runLock = null;
        }
    }

    private int checkRun() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LogSetup.verbose(verbose);

        // run from elsewhere, the launcher passes the project folder (with a trailing slash) so the defaults still point into it
        List<Path> args = inputs.isEmpty() ? List.of(Path.of(System.getProperty("checker.home", "") + "reports-in")) : inputs;
        for (Path p : args) {
            if (!Files.exists(p)) {
                err.println("输入不存在 / input not found: " + p);
                return ExitCodes.CANNOT_RUN;
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!format.equals("xlsx") && !format.equals("json")) {
                err.println("不支持的输出格式 / unknown --format: " + f + "（可选 xlsx、json，例如 --format xlsx,json）");
                return ExitCodes.CANNOT_RUN;
            }
            wanted.add(format);
        }
        if (triageFrom != null && !Files.isRegularFile(triageFrom)) {
            err.println("找不到处理意见工作簿 / --triage file not found: " + triageFrom);
            return ExitCodes.CANNOT_RUN;
        }
        String notWritable = OutputFolder.problem(outDir);
        if (notWritable != null) {
            err.println("输出文件夹不可写 / output folder not writable: " + outDir + "（" + notWritable + "）");
            return ExitCodes.CANNOT_RUN;
        }
        RunStore store = RunStore.in(outDir);
        RunRecord previous;
        try {
            previous = compareTo != null ? store.load(compareTo).orElse(null) : store.latest().orElse(null);
        } catch (IOException | RuntimeException e) {
            err.println("无法读取检查记录 / cannot read run record " + compareTo + "：" + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (compareTo != null && previous == null) {
            err.println("找不到检查记录 “" + compareTo + "”；用 ./checker runs --out " + outDir + " 查看可用的编号。"
                    + " / no recorded run " + compareTo + "; see ./checker runs");
            return ExitCodes.CANNOT_RUN;
        }
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        var settings = RuleSetup.tryLoadSettings(rulesDir, err);
        if (settings.isEmpty()) return ExitCodes.CANNOT_RUN;
        List<Path> files = Inputs.collect(args);
        if (files.isEmpty()) {
            err.println("没有找到要检查的文件 / no files to check in " + args);
            return ExitCodes.CANNOT_RUN;
        }
        ReportPipeline reading = new ReportPipeline(Readers.standard(), new ReportParser(settings.get().parser()), null,
                new Limits(maxFileMb * 1024 * 1024, java.time.Duration.ofSeconds(maxSeconds), java.time.Duration.ofSeconds(maxScanSeconds)));
        // the first files are read on the other cores while this one compiles the rules
        LogSetup.holdUntilLogFile();
        ReadAhead ahead = ReadAhead.start(reading, files, Math.max(1, threads - 1));
        var loaded = RuleSetup.tryCompile(rulesDir, settings.get(), err);
        if (loaded.isEmpty()) {
            LogSetup.dropHeld(); // the readers are daemons: they end with the run
            return ExitCodes.CANNOT_RUN;
        }
        Map<Path, ParsedReport> parsedAhead = ahead.stop();
        RuleSetup setup = loaded.get();
        LogSetup.logFile(outDir.resolve("checker.log"));
        runLock = RunLock.take(outDir);
        if (runLock.alone()) {
            int leftovers = org.nianbao.checker.write.AtomicOutput.removeLeftovers(outDir);
            if (leftovers > 0) LOG.info("removed {} temporary file(s) left by an interrupted run", leftovers);
        } else {
            LOG.info("another check is writing {} now: its temporary files are left alone", outDir);
        }
        LOG.debug("rules compiled from {} in {} ms (version {}); {} file(s) read meanwhile", rulesDir,
                (System.nanoTime() - t0) / 1_000_000, setup.rules().version(), parsedAhead.size());

        boolean bars = Progress.shown(files.size(), quiet);
        ReportChecker checker = new ReportChecker(setup.rules(), setup.settings());
        ReportPipeline pipeline = reading.withChecker(checker)
                .withMemos(new MemoMaker(setup.settings().textCopied(), crossChecks));
        long tCheck = System.nanoTime();
        TableDetail detail = new TableDetail(reading, TableDetail.defaultKept());
        RunMemory memory = new RunMemory(documents(store, err));
        List<CheckedReport> results = checkAll(pipeline, files, parsedAhead, detail, memory, out, bars);
        LOG.debug("{} file(s) checked in {} ms", files.size(), (System.nanoTime() - tCheck) / 1_000_000);
        if (crossChecks) {
            long tAcross = System.nanoTime();
            results = CrossReportChecks.run(results, memory.memos(), memory.stored() ? new DocumentStore(store.db()) : null,
                    checker, setup.settings().textCopied());
            LOG.debug("checks across reports in {} ms", (System.nanoTime() - tAcross) / 1_000_000);
        }

        RunInfo run = new RunInfo(started, rulesDir, setup.rules().version());
        long tCompare = System.nanoTime();
        // the officers' triage: read from the workbook they edited, stored, then applied (误报 set aside)
        Map<String, Triage> decisions = OfficerTriage.load(store,
                triageFrom != null ? triageFrom : outDir.resolve(SummaryWorkbookWriter.FILE_NAME), err);
        List<CheckedReport> recordedReports = results;
        RunChanges changes = OfficerTriage.withoutDismissed(
                Comparison.compare(previous, results, memory.contents()), results, decisions);
        OfficerTriage.Applied triaged = OfficerTriage.apply(results, decisions);
        results = triaged.reports();
        LOG.debug("compared with the previous run in {} ms", (System.nanoTime() - tCompare) / 1_000_000);
        List<String> written = new ArrayList<>();
        if (wanted.contains("json")) {
            long tJson = System.nanoTime();
            new JsonFindingsWriter().write(results, run, changes, triaged.triage(), outDir.resolve(JsonFindingsWriter.FILE_NAME));
            LOG.debug("findings.json written in {} ms", (System.nanoTime() - tJson) / 1_000_000);
            written.add(JsonFindingsWriter.FILE_NAME);
        }
        if (wanted.contains("xlsx")) {
            long t1 = System.nanoTime();
            Map<String, Path> workbooks;
            // reserved: an agency called "summary" or "findings" must not overwrite the office's files
            try (Progress progress = Progress.start("写工作簿", results.size(), bars)) {
                workbooks = AgencyWorkbooks.writeAll(outDir, results, run, new SafeFileNames("summary", "findings", "checker"),
                        changes, detail::restore, progress::stepTo);
            }
            long t2 = System.nanoTime();
            SummaryWorkbookWriter.write(outDir.resolve(SummaryWorkbookWriter.FILE_NAME), run, results, workbooks, changes,
                    triaged.triage());
            LOG.debug("agency workbooks written in {} ms, summary in {} ms", (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            written.add(0, new HashSet<>(workbooks.values()).size() + " 个机关工作簿");
            written.add(1, SummaryWorkbookWriter.FILE_NAME);
        }
        written.add("checker.log");
        long tRecord = System.nanoTime();
        // recorded with the 误报 too, so that next month they match and are neither 新增 nor 已整改
        String recorded = record(store, run, recordedReports, results, changes, memory.contents(), err);
        store.close();
        LOG.debug("run recorded in {} ms", (System.nanoTime() - tRecord) / 1_000_000);

        if (triaged.triage().dismissedCount() > 0) {
            out.printf("已按处理意见排除误报 %d 条（见 summary.xlsx「问题处理」）/ %d finding(s) set aside as false alarms%n",
                    triaged.triage().dismissedCount(), triaged.triage().dismissedCount());
        }
        ClosingSummary.print(out, results, changes, outDir, written, recorded, run.rulesVersion(),
                (System.nanoTime() - t0) / 1e9);
        out.flush();
        return results.stream().anyMatch(r -> r.count("ERROR") > 0) ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
    }

    /** Records this run for the next comparison; the outputs are already written, so a failure only warns. */
    private static String record(RunStore store, RunInfo run, List<CheckedReport> all, List<CheckedReport> counted,
                                 RunChanges changes, Map<String, String> contents, PrintWriter err) {
        try {
            String id = store.newId(run.generatedAt());
            return store.save(RunRecord.of(id, run, all, changes, contents, counted));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not record the run", e);
            err.println("未能保存本次检查记录，下次检查将无法与本次比较 / could not record this run: " + e.getMessage());
            return null;
        }
    }

    /** Where this run's documents go, or null (with a warning) when the history database cannot be opened. */
    private static DocumentStore documents(RunStore store, PrintWriter err) {
        try {
            return new DocumentStore(store.db());
        } catch (IOException e) {
            LOG.warn("history database unavailable", e);
            err.println("无法打开检查记录数据库，本次不与以前的报告比较 / the history database cannot be opened: " + e.getMessage());
            return null;
        }
    }

    /**
     * Checks every file on the worker threads; results and console lines in input order. Only a window of files
     * is in flight ahead of the one being collected, so a slow file does not let finished reports pile up, and
     * {@code detail} decides how much of each report the run holds until the outputs are written.
     */
    private List<CheckedReport> checkAll(ReportPipeline pipeline, List<Path> files, Map<Path, ParsedReport> parsedAhead,
                                         TableDetail detail, RunMemory memory, PrintWriter out, boolean bars)
            throws InterruptedException {
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "check-worker");
            t.setDaemon(true);
            return t;
        });
        int window = 64 * workers;
        try (Progress progress = Progress.start("检查", files.size(), bars)) {
            List<Future<CheckedReport>> futures = new ArrayList<>(files.size());
            java.util.function.IntConsumer submit = i -> {
                Path f = files.get(i);
                futures.add(pool.submit(() -> {
                    ParsedReport ready = parsedAhead.remove(f);
                    return ready != null ? pipeline.check(ready) : pipeline.check(f);
                }));
            };
            for (int i = 0; i < Math.min(window, files.size()); i++) submit.accept(i);
            List<CheckedReport> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                CheckedReport r;
                try {
                    r = futures.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("internal error on " + files.get(i), e.getCause());
                }
                futures.set(i, null);
                if (i + window < files.size()) submit.accept(i + window);
                progress.step();
                if (!quiet && !bars) out.println(ConsoleLine.of(r));
                LOG.debug("{}: {} finding(s)", files.get(i), r.findings().size());
                results.add(detail.hold(memory.take(r)));
            }
            memory.finish();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
