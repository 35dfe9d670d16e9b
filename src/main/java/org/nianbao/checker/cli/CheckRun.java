package org.nianbao.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.nianbao.checker.model.RunResults;
import org.nianbao.checker.model.Triage;
import org.nianbao.checker.model.Verdict;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.CheckerSettings;
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
import org.nianbao.checker.triage.OfficerTriage;
import org.nianbao.checker.write.AgencyWorkbooks;
import org.nianbao.checker.write.AtomicOutput;
import org.nianbao.checker.write.DiskSpace;
import org.nianbao.checker.write.JsonFindingsWriter;
import org.nianbao.checker.write.OutputSet;
import org.nianbao.checker.write.SafeFileNames;
import org.nianbao.checker.write.SummaryWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code checker check}, from its arguments to the closing summary, as the named steps of {@link #run}. It
 * holds what one step hands on to the next. Why a class of its own: the steps talk to the officer on the console
 * and end in an exit code, which is cli's; the work they drive (reading, checking, writing, remembering) is in the
 * stages' packages. A step that finds the run cannot happen says why and throws {@link CannotRun}: the output
 * folder then has nothing of this run.
 */
final class CheckRun {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRun.class);

    private final CheckCommand options;
    private final Path outDir;
    private final PrintWriter out;
    private final PrintWriter err;

    // what the steps hand on, in the order they are set
    private List<Path> args;
    private Set<String> wanted;
    private long t0;
    private Instant started;
    private CheckerSettings settings;
    private Inputs.Listing listing;
    private ReportPipeline reading;
    private ReadAhead ahead;
    private CompletableFuture<DuplicateInputs.Found> duplicates;
    private RuleSetup setup;
    private RunInfo runInfo;
    private int interrupted;
    private RunRecord previous;
    private Map<Path, ParsedReport> parsedAhead;
    private Map<Path, Path> copyOf;
    /** Content hashes the search for duplicates took, for the memos. */
    private Map<Path, String> knownHashes;
    private boolean bars;
    private ReportChecker checker;
    private TableDetail detail;
    private RunMemory memory;
    /** Every report as checked, the 误报 too: what the run records. */
    private List<CheckedReport> checked;
    /** The reports the outputs show: without the findings the officers set aside as 误报. */
    private List<CheckedReport> results;
    private long tCompare;
    private Map<String, Triage> decisions;
    private RunChanges changes;
    private OfficerTriage.Applied triaged;
    private List<String> written;
    private String recordedId;

    CheckRun(CheckCommand options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.outDir = options.output.dir;
        this.out = out;
        this.err = err;
    }

    /** The run cannot happen, or cannot go on; the step that threw this has said why. */
    private static final class CannotRun extends Exception {
        CannotRun() {
            super(null, null, false, false);
        }
    }

    /** Runs every step in turn; the exit code (see {@link ExitCodes}). */
    int run() throws IOException, InterruptedException {
        LogSetup.verbose(options.verbose);
        try {
            validateArguments();
            startClock();
            loadSettings();
            listInputs();
            startReadingAhead();
            compileRules();
            // only a run that is going to write takes the folder: a run whose rules do not compile leaves it untouched
            try (RunLock lock = waitForOutputFolder()) {
                refuseFullDisk();
                recoverInterruptedOutputs();
                // closed however the run ends: SQLite then removes its write-ahead files
                try (RunStore history = RunStore.in(outDir)) {
                    readPreviousRun(history);
                    collectWhatWasReadAhead();
                    startLogFile();
                    removeTemporaryLeftovers();
                    checkAllFiles(history);
                    checkAcrossReports(history);
                    readOfficersTriage(history);
                    compareWithPreviousRun();
                    setAsideFalseAlarms();
                    printReportLines();
                    writeOutputs();
                    recordRun(history);
                    printClosingSummary();
                }
            }
            return results.stream().anyMatch(r -> r.verdict() == Verdict.NEEDS_FIX) ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
        } catch (CannotRun e) {
            return ExitCodes.CANNOT_RUN;
        }
    }

    /**
     * The inputs exist and are not output folders, the --triage workbook exists, the formats are known, the limits
     * are sensible, the output folder takes files, and a --compare-to run is recorded: all before any work.
     */
    private void validateArguments() throws CannotRun {
        // run from elsewhere, the launcher passes the project folder (with a trailing slash) so the defaults still point into it
        args = options.inputs.isEmpty() ? List.of(Path.of(System.getProperty("checker.home", "") + "reports-in")) : options.inputs;
        for (Path p : args) {
            if (!Files.exists(p)) {
                err.println("输入不存在 / input not found: " + p);
                throw new CannotRun();
            }
            String outputs = Inputs.outputFolderAsInput(p, outDir);
            if (outputs != null) {
                err.println("输入文件夹 " + p + " 不能用作输入：" + outputs + "。请把年报放在另一个文件夹，或用 --out 指定别的输出文件夹。"
                        + " / this input folder holds the checker's outputs; keep the reports in another folder");
                throw new CannotRun();
            }
        }
        if (options.triageFrom != null && !Files.isRegularFile(options.triageFrom)) {
            err.println("找不到处理意见工作簿 / --triage file not found: " + options.triageFrom);
            throw new CannotRun();
        }
        wanted = wantedFormats();
        if (wanted == null || !limitsAreSensible()) throw new CannotRun();
        String notWritable = OutputFolder.problem(outDir);
        if (notWritable != null) {
            err.println("输出文件夹不可写 / output folder not writable: " + outDir + "（" + notWritable + "）");
            throw new CannotRun();
        }
        if (options.compareTo != null && !recorded(options.compareTo)) throw new CannotRun();
    }

    /** The --format values, or null after saying which one is unknown. */
    private Set<String> wantedFormats() {
        Set<String> formats = new LinkedHashSet<>();
        for (String f : options.formats) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!format.equals("xlsx") && !format.equals("json")) {
                err.println("不支持的输出格式 / unknown --format: " + f + "（可选 xlsx、json，例如 --format xlsx,json）");
                return null;
            }
            formats.add(format);
        }
        return formats;
    }

    /**
     * Limits below 1 would turn every file into a finding (nothing may be read, nothing may take time, no thread
     * works): refused before anything runs.
     */
    private boolean limitsAreSensible() {
        List<String> wrong = new ArrayList<>();
        if (options.threads < 1) wrong.add("--threads 应至少为 1（现为 " + options.threads + "）/ --threads must be at least 1");
        if (options.maxFileMb < 1) wrong.add("--max-file-mb 应至少为 1（现为 " + options.maxFileMb + "）/ --max-file-mb must be at least 1");
        if (options.maxSeconds < 1) wrong.add("--max-seconds 应至少为 1（现为 " + options.maxSeconds + "）/ --max-seconds must be at least 1");
        for (String w : wrong) err.println("参数错误 / bad arguments: " + w);
        return wrong.isEmpty();
    }

    /** Whether the run {@code id} is recorded in the output folder; says so when it is not. */
    private boolean recorded(String id) {
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

    /** The run's time (the outputs' generatedAt, the closing line's seconds) counts from here. */
    private void startClock() {
        t0 = System.nanoTime();
        started = Instant.now();
    }

    /** The rule folder's settings.yaml alone: quick, and what the readers need. */
    private void loadSettings() throws CannotRun {
        settings = RuleSetup.tryLoadSettings(options.rules.dir, err).orElseThrow(CannotRun::new);
    }

    /** The files to check, in a stable order (see {@link Inputs}). */
    private void listInputs() throws IOException, CannotRun {
        listing = Inputs.collect(args, outDir);
        if (listing.files().isEmpty()) {
            err.println("没有找到要检查的文件 / no files to check in " + args);
            throw new CannotRun();
        }
    }

    /**
     * The first files are read, and duplicate inputs looked for, on the other cores while this one compiles the
     * rules; what they log is held until the run is sure to write its log file.
     */
    private void startReadingAhead() {
        long maxBytes = options.maxFileMb * 1024 * 1024;
        List<Path> files = listing.files();
        reading = new ReportPipeline(Readers.standard(), new ReportParser(settings.parser()), null,
                new Limits(maxBytes, Duration.ofSeconds(options.maxSeconds), Duration.ofSeconds(options.maxScanSeconds)));
        LogSetup.holdUntilLogFile();
        ahead = ReadAhead.start(reading, files, Math.max(1, options.threads - 1));
        duplicates = CompletableFuture.supplyAsync(() -> DuplicateInputs.find(files, maxBytes));
    }

    /** The DRL compiled and validated (about a second); a rule folder with problems stops the run with nothing written. */
    private void compileRules() throws CannotRun {
        Optional<RuleSetup> loaded = RuleSetup.tryCompile(options.rules.dir, settings, err);
        if (loaded.isEmpty()) {
            LogSetup.dropHeld(); // the readers are daemons: they end with the run
            throw new CannotRun();
        }
        setup = loaded.get();
        runInfo = new RunInfo(started, options.rules.dir, setup.rules().version(),
                setup.rules().needs(setup.settings()));
    }

    /**
     * One check at a time writes a folder: a second one waits its turn (its files are read meanwhile), so the log is
     * one run's and each run compares with a whole previous one.
     */
    private RunLock waitForOutputFolder() throws IOException {
        Optional<RunLock> lock = RunLock.tryAcquire(outDir);
        if (lock.isPresent()) return lock.get();
        err.println("另一个检查正在使用输出文件夹 " + outDir + "，本次检查等它结束后开始（按 Ctrl+C 取消，或用 --out 指定另一个文件夹）。"
                + " / another check is writing to " + outDir + "; this one starts when it ends");
        err.flush();
        return RunLock.await(outDir);
    }

    /**
     * A disk that is full already is said before anything is opened: even opening the history database would leave
     * SQLite's shared-memory file on it.
     */
    private void refuseFullDisk() throws CannotRun {
        if (DiskSpace.freeMb(outDir) == 0) {
            LogSetup.dropHeld();
            diskFull();
            throw new CannotRun();
        }
    }

    /** A run killed while moving its outputs into place is finished first, so "the previous run" is whole. */
    private void recoverInterruptedOutputs() throws IOException {
        interrupted = OutputSet.recover(outDir);
    }

    /** The run this one is compared with: --compare-to, or the latest recorded; none on a first check. */
    private void readPreviousRun(RunStore history) throws CannotRun {
        String compareTo = options.compareTo;
        try {
            previous = compareTo != null ? history.load(compareTo).orElse(null) : history.latest().orElse(null);
        } catch (IOException | RuntimeException e) {
            LogSetup.dropHeld();
            if (DiskSpace.isFull(e, outDir)) {
                diskFull();
            } else {
                err.println("无法读取检查记录" + (compareTo != null ? " " + compareTo : "") + "：" + e.getMessage()
                        + "；输出文件夹未改动。/ cannot read the run history; nothing was written");
            }
            throw new CannotRun();
        }
    }

    /** Stops reading ahead; what was parsed is checked without reading it again, duplicates are checked once. */
    private void collectWhatWasReadAhead() throws InterruptedException {
        parsedAhead = ahead.stop();
        DuplicateInputs.Found found = duplicates.join();
        copyOf = found.copyOf();
        knownHashes = found.hashes();
    }

    /** checker.log beside the outputs, starting with what was held and what the input walk left out. */
    private void startLogFile() {
        LogSetup.logFile(outDir.resolve("checker.log"));
        for (String s : listing.skipped()) LOG.info("not checked: {}", s);
        copyOf.forEach((copy, first) -> LOG.info("{} is byte for byte {}: checked once", copy, first));
        if (interrupted > 0) LOG.info("finished or removed the outputs of {} interrupted run(s)", interrupted);
    }

    /** Temporary files a killed run left (no run writes now: this one holds the folder). */
    private void removeTemporaryLeftovers() throws IOException {
        int leftovers = AtomicOutput.removeLeftovers(outDir);
        if (leftovers > 0) LOG.info("removed {} temporary file(s) left by an interrupted run", leftovers);
    }

    /**
     * Every file checked on the worker threads, a console line or the progress bar for each; each report leaves
     * what the checks across reports need in {@link #memory}, and {@link #detail} decides how much of it is held.
     */
    private void checkAllFiles(RunStore history) throws InterruptedException {
        List<Path> files = listing.files();
        LOG.debug("rules compiled from {} in {} ms (version {}); {} file(s) read meanwhile", options.rules.dir,
                millisSince(t0), setup.rules().version(), parsedAhead.size());
        bars = Progress.shown(files.size(), options.quiet);
        checker = new ReportChecker(setup.rules(), setup.settings());
        ReportPipeline pipeline = reading.withChecker(checker)
                .withMemos(new MemoMaker(setup.settings().textCopied(), options.crossChecks, knownHashes));
        long tCheck = System.nanoTime();
        detail = new TableDetail(reading, TableDetail.defaultKept());
        memory = new RunMemory(documents(history));
        try (Progress progress = Progress.start("检查", files.size(), bars)) {
            checked = new ParallelChecks(pipeline, setup.settings(), options.threads).checkAll(files, parsedAhead, copyOf, detail, memory,
                    r -> progress.step());
        }
        LOG.debug("{} file(s) checked in {} ms", files.size(), millisSince(tCheck));
    }

    /** Where this run's documents go, or null (with a warning) when the history database cannot be opened. */
    private DocumentStore documents(RunStore history) {
        try {
            return new DocumentStore(history.db());
        } catch (IOException e) {
            LOG.warn("history database unavailable", e);
            err.println("无法打开检查记录数据库，本次不与以前的报告比较 / the history database cannot be opened: " + e.getMessage());
            return null;
        }
    }

    /** Across years and for copied text, unless --no-cross-checks: against this run's reports and the stored ones. */
    private void checkAcrossReports(RunStore history) throws IOException {
        if (!options.crossChecks) return;
        long tAcross = System.nanoTime();
        checked = CrossReportChecks.run(checked, memory.memos(), memory.stored() ? new DocumentStore(history.db()) : null,
                checker, setup.settings().textCopied());
        LOG.debug("checks across reports in {} ms", millisSince(tAcross));
    }

    /** The officers' triage, read from the workbook they edited (--triage, or the previous summary.xlsx) and stored. */
    private void readOfficersTriage(RunStore history) {
        tCompare = System.nanoTime();
        Path workbook = options.triageFrom != null ? options.triageFrom : outDir.resolve(SummaryWorkbookWriter.FILE_NAME);
        decisions = OfficerTriage.load(history, workbook, err);
    }

    /** 新增, 仍存在, 已整改 against the previous run; a finding the officers set aside counts as none of them. */
    private void compareWithPreviousRun() {
        changes = OfficerTriage.withoutDismissed(Comparison.compare(previous, checked, memory.contents()), checked, decisions);
    }

    /** The 误报 leave the reports the outputs show; the other decisions keep their notes. */
    private void setAsideFalseAlarms() {
        triaged = OfficerTriage.apply(checked, decisions);
        results = triaged.reports();
        LOG.debug("compared with the previous run in {} ms", millisSince(tCompare));
    }

    /**
     * One line per file, with the counts its workbook will show: printed once the checks across reports and the
     * officers' 误报 are in, so a line never counts a finding the agency is not sent (or misses one it is).
     */
    private void printReportLines() {
        if (options.quiet || bars) return;
        for (CheckedReport r : results) out.println(ConsoleLine.of(r));
        out.flush();
    }

    /**
     * Writes every output into a staging folder, then moves them into place together: the output folder ends with
     * the previous set or the complete new one, never a mix. If that fails, nothing new is in the output folder.
     */
    private void writeOutputs() throws CannotRun {
        try {
            written = stageAndCommit();
        } catch (IOException | RuntimeException e) {
            outputsFailed(e);
            throw new CannotRun();
        }
    }

    private List<String> stageAndCommit() throws IOException {
        List<String> names = new ArrayList<>();
        RunResults outcome = new RunResults(results, runInfo, changes, triaged.triage());
        try (OutputSet outputs = OutputSet.begin(outDir)) {
            Path staging = outputs.folder();
            if (wanted.contains("json")) {
                long tJson = System.nanoTime();
                new JsonFindingsWriter().write(outcome, staging.resolve(JsonFindingsWriter.FILE_NAME));
                LOG.debug("findings.json written in {} ms", millisSince(tJson));
                names.add(JsonFindingsWriter.FILE_NAME);
            }
            if (wanted.contains("xlsx")) {
                long t1 = System.nanoTime();
                AgencyWorkbooks workbooks;
                // reserved: an agency called "summary" or "findings" must not overwrite the office's files
                try (Progress progress = Progress.start("写工作簿", results.size(), bars)) {
                    workbooks = new AgencyWorkbooks(new SafeFileNames("summary", "findings", "checker"), detail::restore,
                            progress::stepTo);
                    workbooks.write(outcome, staging);
                }
                long t2 = System.nanoTime();
                new SummaryWorkbookWriter(workbooks::fileName).write(outcome, staging.resolve(SummaryWorkbookWriter.FILE_NAME));
                LOG.debug("agency workbooks written in {} ms, summary in {} ms", (t2 - t1) / 1_000_000, millisSince(t2));
                names.add(0, results.stream().map(r -> workbooks.fileName(r.report())).distinct().count() + " 个机关工作簿");
                names.add(1, SummaryWorkbookWriter.FILE_NAME);
            }
            long tCommit = System.nanoTime();
            outputs.commit();
            LOG.debug("outputs moved into place in {} ms", millisSince(tCommit));
        }
        names.add("checker.log");
        return names;
    }

    /** The outputs could not be written: nothing new is in the output folder; say why and what to do. */
    private void outputsFailed(Exception e) {
        LOG.error("writing the outputs failed; the output folder keeps the previous results", e);
        if (DiskSpace.isFull(e, outDir)) {
            diskFull();
        } else {
            err.println("写入结果失败：" + e + "；本次结果未写入，上一次的结果保持不变（详情见 checker.log）。"
                    + " / writing the outputs failed; nothing of this run was written, the previous results are unchanged");
        }
        err.flush();
    }

    /**
     * Records this run for the next comparison, once the outputs are in place, with the 误报 too, so that next
     * month they are neither 新增 nor 已整改; then closes the history. The outputs are already in place, so a
     * failure only warns: the officer has this run's results, the next run compares with the one before.
     */
    private void recordRun(RunStore history) {
        long tRecord = System.nanoTime();
        try {
            String id = history.newId(runInfo.generatedAt());
            recordedId = history.save(RunRecord.of(id, runInfo, checked, changes, memory.contents(), results));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not record the run", e);
            err.println("未能保存本次检查记录" + (DiskSpace.isFull(e, history.folder()) ? "（磁盘空间不足）" : "")
                    + "，本次的结果已写入，但下次检查将无法与本次比较 / could not record this run: " + e.getMessage());
            recordedId = null;
        }
        history.close();
        LOG.debug("run recorded in {} ms", millisSince(tRecord));
    }

    /** The closing lines, also under --quiet: the 误报 set aside, then the counts, the changes and where things are. */
    private void printClosingSummary() {
        long dismissed = triaged.triage().dismissedCount();
        if (dismissed > 0) {
            out.printf("已按处理意见排除误报 %d 条（见 summary.xlsx「问题处理」）/ %d finding(s) set aside as false alarms%n",
                    dismissed, dismissed);
        }
        ClosingSummary.print(out, results, changes, outDir, written, recordedId, runInfo.rulesVersion(),
                (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    private void diskFull() {
        long free = DiskSpace.freeMb(outDir);
        err.println("磁盘空间不足：输出文件夹 " + outDir + " 所在的磁盘已满" + (free >= 0 ? "（剩余 " + free + " MB）" : "")
                + "，本次结果未写入，上一次的结果保持不变。请清理磁盘空间后重新检查，或用 --out 指定空间充足的文件夹。"
                + " / disk full: nothing of this run was written and the previous results are unchanged;"
                + " free some space or choose another --out, then check again");
        err.flush();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
