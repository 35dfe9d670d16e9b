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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

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
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Triage;
import org.nianbao.checker.triage.OfficerTriage;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.run.DuplicateInputs;
import org.nianbao.checker.run.Inputs;
import org.nianbao.checker.run.Limits;
import org.nianbao.checker.run.ParallelChecks;
import org.nianbao.checker.run.ReadAhead;
import org.nianbao.checker.run.ReportPipeline;
import org.nianbao.checker.run.RuleSetup;
import org.nianbao.checker.run.RunLock;
import org.nianbao.checker.run.TableDetail;
import org.nianbao.checker.write.AgencyWorkbooks;
import org.nianbao.checker.write.AtomicOutput;
import org.nianbao.checker.write.DiskSpace;
import org.nianbao.checker.write.JsonFindingsWriter;
import org.nianbao.checker.write.OutputSet;
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
            String outputs = Inputs.outputFolderAsInput(p, outDir);
            if (outputs != null) {
                err.println("输入文件夹 " + p + " 不能用作输入：" + outputs + "。请把年报放在另一个文件夹，或用 --out 指定别的输出文件夹。"
                        + " / this input folder holds the checker's outputs; keep the reports in another folder");
                return ExitCodes.CANNOT_RUN;
            }
        }
        if (triageFrom != null && !Files.isRegularFile(triageFrom)) {
            err.println("找不到处理意见工作簿 / --triage file not found: " + triageFrom);
            return ExitCodes.CANNOT_RUN;
        }
        Set<String> wanted = wantedFormats(err);
        if (wanted == null || !limitsAreSensible(err)) return ExitCodes.CANNOT_RUN;
        String notWritable = OutputFolder.problem(outDir);
        if (notWritable != null) {
            err.println("输出文件夹不可写 / output folder not writable: " + outDir + "（" + notWritable + "）");
            return ExitCodes.CANNOT_RUN;
        }
        if (compareTo != null && !recorded(compareTo, err)) return ExitCodes.CANNOT_RUN;
        Prepared prepared = prepare(args, err);
        if (prepared == null) return ExitCodes.CANNOT_RUN;
        // only a run that is going to write takes the folder: a run whose rules do not compile leaves it untouched
        // one check at a time writes a folder: a second one waits its turn (its files are read meanwhile), so the
        // log is one run's and each run compares with a whole previous one
        Optional<RunLock> lock = RunLock.tryAcquire(outDir);
        if (lock.isEmpty()) {
            err.println("另一个检查正在使用输出文件夹 " + outDir + "，本次检查等它结束后开始（按 Ctrl+C 取消，或用 --out 指定另一个文件夹）。"
                    + " / another check is writing to " + outDir + "; this one starts when it ends");
            err.flush();
            lock = Optional.of(RunLock.await(outDir));
        }
        try (RunLock held = lock.get()) {
            return checkLocked(prepared, wanted, out, err);
        }
    }

    /** Whether the run {@code id} is recorded in the output folder; says so when it is not. */
    private boolean recorded(String id, PrintWriter err) {
        try {
            if (RunStore.in(outDir).list().stream().anyMatch(r -> r.id().equals(id))) return true;
        } catch (IOException | RuntimeException e) {
            err.println("无法读取检查记录 / cannot read run record " + id + "：" + e.getMessage());
            return false;
        }
        err.println("找不到检查记录 “" + id + "”；用 ./checker runs --out " + outDir + " 查看可用的编号。"
                + " / no recorded run " + id + "; see ./checker runs");
        return false;
    }

    /**
     * What a run needs before it may write: the settings, the files to check, and the rules compiled while the first
     * files are read and duplicate inputs are looked for on the other cores.
     */
    private record Prepared(Inputs.Listing listing, ReportPipeline reading, ReadAhead ahead,
                            CompletableFuture<Map<Path, Path>> duplicates, RuleSetup setup, long t0, Instant started) {
        List<Path> files() {
            return listing.files();
        }
    }

    /** The run prepared, or null after saying why it cannot happen (nothing is written then). */
    private Prepared prepare(List<Path> args, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        var settings = RuleSetup.tryLoadSettings(rulesDir, err);
        if (settings.isEmpty()) return null;
        Inputs.Listing listing = Inputs.collect(args, outDir);
        List<Path> files = listing.files();
        if (files.isEmpty()) {
            err.println("没有找到要检查的文件 / no files to check in " + args);
            return null;
        }
        long maxBytes = maxFileMb * 1024 * 1024;
        ReportPipeline reading = new ReportPipeline(Readers.standard(), new ReportParser(settings.get().parser()), null,
                new Limits(maxBytes, java.time.Duration.ofSeconds(maxSeconds), java.time.Duration.ofSeconds(maxScanSeconds)));
        // the first files are read on the other cores while this one compiles the rules
        LogSetup.holdUntilLogFile();
        ReadAhead ahead = ReadAhead.start(reading, files, Math.max(1, threads - 1));
        CompletableFuture<Map<Path, Path>> duplicates = CompletableFuture.supplyAsync(() -> DuplicateInputs.find(files, maxBytes));
        var loaded = RuleSetup.tryCompile(rulesDir, settings.get(), err);
        if (loaded.isEmpty()) {
            LogSetup.dropHeld(); // the readers are daemons: they end with the run
            return null;
        }
        return new Prepared(listing, reading, ahead, duplicates, loaded.get(), t0, started);
    }

    /** The run itself, while this process alone writes to the output folder. */
    private int checkLocked(Prepared prepared, Set<String> wanted, PrintWriter out, PrintWriter err) throws Exception {
        // a disk that is full already is said before anything is opened: even opening the history database would
        // leave SQLite's shared-memory file on it
        if (DiskSpace.freeMb(outDir) == 0) {
            LogSetup.dropHeld();
            diskFull(err);
            return ExitCodes.CANNOT_RUN;
        }
        // a run killed while moving its outputs into place is finished first, so "the previous run" is whole
        int interrupted = OutputSet.recover(outDir);
        // closed however the run ends: SQLite then removes its write-ahead files
        try (RunStore store = RunStore.in(outDir)) {
            return checkWith(store, interrupted, prepared, wanted, out, err);
        }
    }

    private int checkWith(RunStore store, int interrupted, Prepared prepared, Set<String> wanted, PrintWriter out,
                          PrintWriter err) throws Exception {
        RunRecord previous;
        try {
            previous = compareTo != null ? store.load(compareTo).orElse(null) : store.latest().orElse(null);
        } catch (IOException | RuntimeException e) {
            LogSetup.dropHeld();
            if (DiskSpace.isFull(e, outDir)) {
                diskFull(err);
            } else {
                err.println("无法读取检查记录" + (compareTo != null ? " " + compareTo : "") + "：" + e.getMessage()
                        + "；输出文件夹未改动。/ cannot read the run history; nothing was written");
            }
            return ExitCodes.CANNOT_RUN;
        }
        List<Path> files = prepared.files();
        RuleSetup setup = prepared.setup();
        Map<Path, ParsedReport> parsedAhead = prepared.ahead().stop();
        Map<Path, Path> copyOf = prepared.duplicates().join();
        LogSetup.logFile(outDir.resolve("checker.log"));
        for (String s : prepared.listing().skipped()) LOG.info("not checked: {}", s);
        copyOf.forEach((copy, first) -> LOG.info("{} is byte for byte {}: checked once", copy, first));
        if (interrupted > 0) LOG.info("finished or removed the outputs of {} interrupted run(s)", interrupted);
        int leftovers = AtomicOutput.removeLeftovers(outDir);
        if (leftovers > 0) LOG.info("removed {} temporary file(s) left by an interrupted run", leftovers);
        LOG.debug("rules compiled from {} in {} ms (version {}); {} file(s) read meanwhile", rulesDir,
                (System.nanoTime() - prepared.t0()) / 1_000_000, setup.rules().version(), parsedAhead.size());

        boolean bars = Progress.shown(files.size(), quiet);
        ReportChecker checker = new ReportChecker(setup.rules(), setup.settings());
        ReportPipeline pipeline = prepared.reading().withChecker(checker)
                .withMemos(new MemoMaker(setup.settings().textCopied(), crossChecks));
        long tCheck = System.nanoTime();
        TableDetail detail = new TableDetail(prepared.reading(), TableDetail.defaultKept());
        RunMemory memory = new RunMemory(documents(store, err));
        List<CheckedReport> results;
        try (Progress progress = Progress.start("检查", files.size(), bars)) {
            results = new ParallelChecks(pipeline, setup.settings(), threads).checkAll(files, parsedAhead, copyOf, detail, memory, r -> {
                progress.step();
                if (!quiet && !bars) out.println(ConsoleLine.of(r));
            });
        }
        LOG.debug("{} file(s) checked in {} ms", files.size(), (System.nanoTime() - tCheck) / 1_000_000);
        if (crossChecks) {
            long tAcross = System.nanoTime();
            results = CrossReportChecks.run(results, memory.memos(), memory.stored() ? new DocumentStore(store.db()) : null,
                    checker, setup.settings().textCopied());
            LOG.debug("checks across reports in {} ms", (System.nanoTime() - tAcross) / 1_000_000);
        }

        RunInfo run = new RunInfo(prepared.started(), rulesDir, setup.rules().version());
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
        Written written;
        try {
            written = writeOutputs(wanted, results, run, changes, triaged.triage(), detail, bars);
        } catch (IOException | RuntimeException e) {
            return outputsFailed(e, err);
        }
        long tRecord = System.nanoTime();
        // recorded once the outputs are in place, with the 误报 too, so that next month they are neither 新增 nor 已整改
        String recorded = record(store, run, recordedReports, results, changes, memory.contents(), err);
        store.close();
        LOG.debug("run recorded in {} ms", (System.nanoTime() - tRecord) / 1_000_000);

        if (triaged.triage().dismissedCount() > 0) {
            out.printf("已按处理意见排除误报 %d 条（见 summary.xlsx「问题处理」）/ %d finding(s) set aside as false alarms%n",
                    triaged.triage().dismissedCount(), triaged.triage().dismissedCount());
        }
        ClosingSummary.print(out, results, changes, outDir, written.names(), recorded, run.rulesVersion(),
                (System.nanoTime() - prepared.t0()) / 1e9);
        out.flush();
        return results.stream().anyMatch(r -> r.count("ERROR") > 0) ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
    }

    /**
     * Records this run for the next comparison. The outputs are already in place, so a failure only warns: the
     * officer has this run's results, the next run compares with the one before.
     */
    private static String record(RunStore store, RunInfo run, List<CheckedReport> all, List<CheckedReport> counted,
                                 RunChanges changes, Map<String, String> contents, PrintWriter err) {
        try {
            String id = store.newId(run.generatedAt());
            return store.save(RunRecord.of(id, run, all, changes, contents, counted));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not record the run", e);
            err.println("未能保存本次检查记录" + (DiskSpace.isFull(e, store.folder()) ? "（磁盘空间不足）" : "")
                    + "，本次的结果已写入，但下次检查将无法与本次比较 / could not record this run: " + e.getMessage());
            return null;
        }
    }

    /** What a run wrote, for the closing lines: the outputs by name. */
    private record Written(List<String> names) {
    }

    /**
     * Writes every output into a staging folder, then moves them into place together: the output folder ends with
     * the previous set or the complete new one, never a mix.
     */
    private Written writeOutputs(Set<String> wanted, List<CheckedReport> results, RunInfo run, RunChanges changes,
                                 RunTriage triage, TableDetail detail, boolean bars) throws IOException {
        List<String> names = new ArrayList<>();
        try (OutputSet outputs = OutputSet.begin(outDir)) {
            Path staging = outputs.folder();
            if (wanted.contains("json")) {
                long tJson = System.nanoTime();
                new JsonFindingsWriter().write(results, run, changes, triage, staging.resolve(JsonFindingsWriter.FILE_NAME));
                LOG.debug("findings.json written in {} ms", (System.nanoTime() - tJson) / 1_000_000);
                names.add(JsonFindingsWriter.FILE_NAME);
            }
            if (wanted.contains("xlsx")) {
                long t1 = System.nanoTime();
                Map<String, Path> workbooks;
                // reserved: an agency called "summary" or "findings" must not overwrite the office's files
                try (Progress progress = Progress.start("写工作簿", results.size(), bars)) {
                    workbooks = AgencyWorkbooks.writeAll(staging, results, run, new SafeFileNames("summary", "findings", "checker"),
                            changes, detail::restore, progress::stepTo);
                }
                long t2 = System.nanoTime();
                SummaryWorkbookWriter.write(staging.resolve(SummaryWorkbookWriter.FILE_NAME), run, results, workbooks, changes, triage);
                LOG.debug("agency workbooks written in {} ms, summary in {} ms", (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
                names.add(0, new HashSet<>(workbooks.values()).size() + " 个机关工作簿");
                names.add(1, SummaryWorkbookWriter.FILE_NAME);
            }
            long tCommit = System.nanoTime();
            outputs.commit();
            LOG.debug("outputs moved into place in {} ms", (System.nanoTime() - tCommit) / 1_000_000);
        }
        names.add("checker.log");
        return new Written(names);
    }

    /** The outputs could not be written: nothing new is in the output folder; say why and what to do. */
    private int outputsFailed(Exception e, PrintWriter err) {
        LOG.error("writing the outputs failed; the output folder keeps the previous results", e);
        if (DiskSpace.isFull(e, outDir)) {
            diskFull(err);
        } else {
            err.println("写入结果失败：" + e + "；本次结果未写入，上一次的结果保持不变（详情见 checker.log）。"
                    + " / writing the outputs failed; nothing of this run was written, the previous results are unchanged");
        }
        err.flush();
        return ExitCodes.CANNOT_RUN;
    }

    private void diskFull(PrintWriter err) {
        long free = DiskSpace.freeMb(outDir);
        err.println("磁盘空间不足：输出文件夹 " + outDir + " 所在的磁盘已满" + (free >= 0 ? "（剩余 " + free + " MB）" : "")
                + "，本次结果未写入，上一次的结果保持不变。请清理磁盘空间后重新检查，或用 --out 指定空间充足的文件夹。"
                + " / disk full: nothing of this run was written and the previous results are unchanged;"
                + " free some space or choose another --out, then check again");
        err.flush();
    }

    /** The --format values, or null after saying which one is unknown. */
    private Set<String> wantedFormats(PrintWriter err) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!format.equals("xlsx") && !format.equals("json")) {
                err.println("不支持的输出格式 / unknown --format: " + f + "（可选 xlsx、json，例如 --format xlsx,json）");
                return null;
            }
            wanted.add(format);
        }
        return wanted;
    }

    /**
     * Limits below 1 would turn every file into a finding (nothing may be read, nothing may take time, no thread
     * works): refused before anything runs.
     */
    private boolean limitsAreSensible(PrintWriter err) {
        List<String> wrong = new ArrayList<>();
        if (threads < 1) wrong.add("--threads 应至少为 1（现为 " + threads + "）/ --threads must be at least 1");
        if (maxFileMb < 1) wrong.add("--max-file-mb 应至少为 1（现为 " + maxFileMb + "）/ --max-file-mb must be at least 1");
        if (maxSeconds < 1) wrong.add("--max-seconds 应至少为 1（现为 " + maxSeconds + "）/ --max-seconds must be at least 1");
        for (String w : wrong) err.println("参数错误 / bad arguments: " + w);
        return wrong.isEmpty();
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
}
