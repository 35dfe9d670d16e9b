package org.nianbao.checker.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.nianbao.checker.crossreport.MemoMaker;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.read.ReadingTime;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.rules.RuleFailure;

/**
 * One file from bytes to findings: read, normalise, parse, check. Whatever goes wrong with the file becomes a
 * finding on it; this never throws for a bad input.
 */
public final class ReportPipeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportPipeline.class);

    private final Readers readers;
    private final DocumentNormalizer normalizer = new DocumentNormalizer();
    private final ReportParser parser;
    private final ReportChecker checker;
    /** What each checked report leaves for the checks across reports; null when nothing is remembered. */
    private final MemoMaker memos;

    private final Limits limits;
    private final MemoryBudget budget = MemoryBudget.SHARED;
    /** Runs each file's work so that a file that takes too long can be abandoned (a looping PDF, say). */
    private static final java.util.concurrent.ExecutorService guard = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "check-file");
        t.setDaemon(true);
        return t;
    });

    public ReportPipeline(Readers readers, ReportParser parser, ReportChecker checker) {
        this(readers, parser, checker, Limits.DEFAULT);
    }

    /** {@code checker} may be null for a pipeline that only {@link #parse parses} (see {@link #withChecker}). */
    public ReportPipeline(Readers readers, ReportParser parser, ReportChecker checker, Limits limits) {
        this(readers, parser, checker, limits, null);
    }

    private ReportPipeline(Readers readers, ReportParser parser, ReportChecker checker, Limits limits, MemoMaker memos) {
        this.readers = readers;
        this.parser = parser;
        this.checker = checker;
        this.limits = limits;
        this.memos = memos;
    }

    /** The same stages with a checker: for files read ahead while the rules were still compiling. */
    public ReportPipeline withChecker(ReportChecker rules) {
        return new ReportPipeline(readers, parser, rules, limits, memos);
    }

    /** The same stages, each checked report carrying its {@link org.nianbao.checker.model.ReportMemo}. */
    public ReportPipeline withMemos(MemoMaker maker) {
        return new ReportPipeline(readers, parser, checker, limits, maker);
    }

    /**
     * Checks one file within the limits; a file over a limit gets a finding saying which and what to do. The file
     * waits for its share of the memory first (see {@link MemoryBudget}) and holds it until its findings are made.
     */
    public CheckedReport check(Path file) {
        return onGuardThread(watched(file));
    }

    /**
     * Reads and parses one file within the limits, without the rules (which may still be compiling); a file that
     * cannot be read becomes the report entry that says why. {@link #check(ParsedReport)} finishes it.
     */
    public ParsedReport parse(Path file) {
        Outcome tooBig = sizeProblem(file);
        if (tooBig != null) return unreadable(tooBig.file, tooBig.failure);
        try (MemoryBudget.Share share = budget.acquire(file)) {
            return parseWithinLimits(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreadable(file, interrupted());
        }
    }

    /** Whether {@code file} is large enough to be read only when the run gets to it, not ahead. */
    public boolean isLarge(Path file) {
        return budget.isLarge(file);
    }

    private ParsedReport parseWithinLimits(Path file) {
        ReadingTime time = limits.startReading();
        Outcome o = guarded(file, time, () -> parseNow(file, time));
        return o.parsed != null ? o.parsed : unreadable(o.file, o.failure);
    }

    private static UnreadableInputException interrupted() {
        return new UnreadableInputException("检查被中断", "the check was interrupted");
    }

    /**
     * Runs the rules over a report {@link #parse parsed} earlier (an unreadable file too: the rules word its
     * finding). Rules still firing at the time limit are stopped by the checker and named (RULE_FAILED); the
     * waiting thread gives up a little later only if a rule's action never returns.
     */
    public CheckedReport check(ParsedReport parsed) {
        return onGuardThread(watched(parsed));
    }

    /**
     * One file for a caller that checks one at a time (the read-ahead files, tests, the benchmark): the work runs on
     * a guard thread, so that a file stuck past its time holds up a guard thread and not the caller. Interrupting
     * the caller does not lose the file: it still gets its findings, within the file's time.
     */
    private CheckedReport onGuardThread(WatchedCheck check) {
        guard.execute(check::run);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return check.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code file} to be checked on the thread that {@link WatchedCheck#run runs} it and watched by the thread that
     * {@link WatchedCheck#await waits} for it. Each stage used to be handed to a guard thread while the worker waited;
     * on two cores the wake-ups of those two hand-overs per file left a core idle about a quarter of the time (a
     * 10,000-report check took 10 % longer). Here the work stays on the worker, and only a file over its time is given
     * up, by the waiting thread, with the findings the guard gave.
     */
    public WatchedCheck watched(Path file) {
        return new WatchedCheck(file, null);
    }

    /** The rules over a report read ahead, run and watched the same way. */
    public WatchedCheck watched(ParsedReport ready) {
        return new WatchedCheck(Path.of(ready.report().file()), ready);
    }

    /** One file's check, run on one thread and awaited on another; see {@link #watched(Path)}. */
    public final class WatchedCheck {

        /** The stage running now: its clock, and once the file is read, the report the rules are checking. */
        private record Stage(ReadingTime clock, ParsedReport parsed) {
        }

        private final Path file;
        private final ParsedReport ready;
        private final java.util.concurrent.CompletableFuture<CheckedReport> result = new java.util.concurrent.CompletableFuture<>();
        /** Set by whichever decides the result first: the thread that finished the work, or the one giving it up. */
        private final java.util.concurrent.atomic.AtomicBoolean decided = new java.util.concurrent.atomic.AtomicBoolean();
        /** Guards {@link #runner}: a give-up interrupts the thread only while it is still working on this file. */
        private final Object runnerLock = new Object();
        private Thread runner;
        private volatile Stage stage;
        private volatile MemoryBudget.Share share;
        private volatile boolean givenUp;

        private WatchedCheck(Path file, ParsedReport ready) {
            this.file = file;
            this.ready = ready;
        }

        /**
         * Checks the file on this thread. False when the file was given up meanwhile: its result was made without
         * this thread, which was stuck in it and should take no more work (the waiting side starts another).
         */
        public boolean run() {
            synchronized (runnerLock) {
                runner = Thread.currentThread();
            }
            CheckedReport checked = null;
            Throwable bug = null;
            try {
                checked = ready != null ? rules(ready) : readAndCheck();
            } catch (Throwable e) {
                bug = e;
            }
            // claimed at once: a file checked within its time is not given up by a look a moment later
            boolean mine = decided.compareAndSet(false, true);
            synchronized (runnerLock) {
                runner = null;   // from here no give-up interrupts this thread, whatever it does next
            }
            if (!mine) return false;
            if (bug != null) result.completeExceptionally(bug);   // a bug outside the stages: the run stops naming the file
            else result.complete(checked);
            return true;
        }

        private CheckedReport readAndCheck() {
            Outcome tooBig = sizeProblem(file);
            if (tooBig != null) return rules(unreadable(tooBig.file, tooBig.failure));
            try (MemoryBudget.Share held = budget.acquire(file)) {
                share = held;
                ReadingTime clock = limits.startReading();
                stage = new Stage(clock, null);
                Outcome o = readWithin(clock);
                return rules(o.parsed != null ? o.parsed : unreadable(o.file, o.failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return rules(unreadable(file, interrupted()));
            }
        }

        /**
         * Reads the file. A read that ends after its time is given up all the same, whether or not the waiting thread
         * looked at it in time: that must not decide its verdict. Only a reader that stopped itself at the limit (a
         * scan's pages) keeps its own message, which says which limit.
         */
        private Outcome readWithin(ReadingTime clock) {
            Outcome o;
            try {
                o = parseNow(file, clock);
            } catch (Throwable e) {   // parseNow catches the errors a damaged file can cause; anything else is ours
                o = Outcome.failed(file, internalError(e));
            }
            if (!clock.expired()) return o;
            if (o.failure != null && o.failure.getCause() instanceof ReadingTime.Exceeded) return o;
            return Outcome.failed(file, timedOut(file, clock));
        }

        private CheckedReport rules(ParsedReport parsed) {
            Duration time = limits.maxTime().plus(RULES_GRACE);
            ReadingTime clock = ReadingTime.start(time, time);
            stage = new Stage(clock, parsed);
            CheckedReport checked;
            try {
                checked = ruled(parsed);
            } catch (Throwable e) {
                LOG.warn("{}: internal error in the rules", file, e);
                return rulesDidNotFinish(parsed);
            }
            return clock.expired() ? rulesDidNotFinish(parsed) : checked;
        }

        /**
         * The file's result, once it is checked, or once the stage it is in has run out of time: the rules' clock has
         * their grace in it; a read is given up {@link #READ_GRACE} after its time, which leaves a reader that stops
         * itself at the limit the moment to say so (its verdict is the same: the worker gives up a late read itself).
         */
        public CheckedReport await() throws InterruptedException {
            while (true) {
                Stage s = stage;
                long wait = s == null ? 500 : Math.max(1, Math.min(s.clock().remainingMillis() + grace(s), 500));
                try {
                    return result.get(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("internal error on " + file, e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    s = stage;
                    if (s != null && s.clock().overdueMillis() >= grace(s) && s.clock().expired()
                            && decided.compareAndSet(false, true)) {
                        return giveUp(s);
                    }
                }
            }
        }

        private static long grace(Stage s) {
            return s.parsed() == null ? READ_GRACE.toMillis() : 0;
        }

        /**
         * Gives the file up as the guard did: not read in time, it is unreadable for that reason; its rules not done
         * in time, it keeps its identity with RULE_FAILED. The thread stuck in it is interrupted (reading and the
         * rules stop at that) and its memory share is given back, so the run does not wait for it.
         */
        private CheckedReport giveUp(Stage s) {
            givenUp = true;
            synchronized (runnerLock) {
                if (runner != null) runner.interrupt();
            }
            MemoryBudget.Share held = share;
            if (held != null) held.close();
            CheckedReport instead = s.parsed() == null ? check(unreadable(file, timedOut(file, s.clock())))
                    : rulesDidNotFinish(s.parsed());
            result.complete(instead);
            return instead;
        }

        /** Whether the file was given up, leaving its thread stuck in it. */
        public boolean givenUp() {
            return givenUp;
        }
    }

    /** How long past its time a read is waited for before it is given up from the waiting thread. */
    private static final Duration READ_GRACE = Duration.ofSeconds(2);

    /** How long past the time limit the rules are waited for, for the checker to stop them itself. */
    private static final Duration RULES_GRACE = Duration.ofSeconds(5);

    /** What reading a file gave: the parsed report, or why the file failed. */
    private record Outcome(ParsedReport parsed, Path file, UnreadableInputException failure) {
        static Outcome parsed(ParsedReport r) {
            return new Outcome(r, null, null);
        }

        static Outcome failed(Path file, UnreadableInputException why) {
            return new Outcome(null, file, why);
        }
    }

    /**
     * A report whose rules did not return at all (an action stuck in a loop of its own): it keeps its identity,
     * with a RULE_FAILED finding, and an unreadable file still says why it could not be read.
     */
    private CheckedReport rulesDidNotFinish(ParsedReport parsed) {
        long s = limits.maxTime().toSeconds();
        List<Finding> findings = new java.util.ArrayList<>();
        for (DocumentFlag f : parsed.flags()) {
            if (f.kind() == DocumentFlag.Kind.UNREADABLE) {
                findings.add(new Finding("INPUT_UNREADABLE", Severity.ERROR, null, null, null, "文件无法读取：" + f.detail(),
                        "The file cannot be read: " + f.detailEn(), null, null, f.detail(), f.location(),
                        "《政府信息公开条例》第四十九条、第五十条：年度报告应向社会公布，须可供查阅",
                        "请重新导出或另存为可读取的 PDF（带文字层）、Word、网页或 UTF-8 文本后重新提交。", List.of()));
            }
        }
        findings.add(new RuleFailure("（未能确定）", null, "（未能确定）", RuleFailure.Kind.TIME_LIMIT,
                "the rules did not return within " + s + " s; a rule's action may be stuck in a loop").toFinding());
        LOG.warn("{}: the rules did not return within {} s", parsed.report().file(), s);
        return new CheckedReport(parsed.withoutSectionText(), findings);
    }

    /**
     * Runs {@code work} for {@code file} on a guard thread, giving it up when its time runs out. The time can grow
     * while the work runs: a scan is given time for each page it recognises.
     */
    private Outcome guarded(Path file, ReadingTime time, java.util.concurrent.Callable<Outcome> work) {
        java.util.concurrent.Future<Outcome> running = guard.submit(work);
        try {
            while (true) {
                try {
                    return running.get(Math.max(1, Math.min(time.remainingMillis(), 500)), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (time.expired()) throw e;
                }
            }
        } catch (java.util.concurrent.TimeoutException e) {
            running.cancel(true);
            return Outcome.failed(file, timedOut(file, time));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return Outcome.failed(file, interrupted());
        } catch (java.util.concurrent.ExecutionException e) {
            return Outcome.failed(file, internalError(e.getCause()));
        }
    }

    /** Why a file given up at the end of its time is not checked. */
    private static UnreadableInputException timedOut(Path file, ReadingTime time) {
        long s = time.allowedSeconds();
        LOG.warn("{}: gave up after {} s", file, s);
        return new UnreadableInputException(
                "处理时间超过上限 " + s + " 秒，已放弃（文件可能损坏或结构异常；扫描件每页 --max-seconds，每个文件至多 --max-scan-seconds）；请重新导出后提交，或放宽上限",
                "processing took longer than " + s + " s and was abandoned");
    }

    /** A bug must not lose the file: it is reported as unreadable, naming the cause. */
    private static UnreadableInputException internalError(Throwable cause) {
        return new UnreadableInputException(
                "处理该文件时出现内部错误（" + cause.getClass().getSimpleName() + "）；请将文件提供给维护人员",
                "internal error while processing the file: " + cause, cause);
    }

    /** A file that is not read at all (a folder, gone, over the size limit), as its failure; else null. */
    private Outcome sizeProblem(Path file) {
        try {
            if (java.nio.file.Files.isDirectory(file)) return Outcome.failed(file, FolderInput.whyNotRead(file));
            if (!java.nio.file.Files.exists(file)) {
                return Outcome.failed(file, new UnreadableInputException(
                        "文件不存在（可能是指向已删除文件的符号链接）",
                        "the file does not exist (perhaps a symbolic link to a deleted file)"));
            }
            long size = java.nio.file.Files.size(file);
            if (size > limits.maxBytes()) {
                return Outcome.failed(file, new UnreadableInputException(
                        "文件过大（" + size / (1024 * 1024) + " MB），超过上限 " + limits.maxBytes() / (1024 * 1024)
                                + " MB，未检查；年报一般不超过几 MB，请确认文件是否正确，或用 --max-file-mb 放宽上限",
                        "the file is larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB"));
            }
            return null;
        } catch (java.io.IOException e) {
            return Outcome.failed(file, new UnreadableInputException("无法读取文件信息：" + e.getMessage(),
                    "cannot read the file's attributes: " + e.getMessage()));
        }
    }

    /** The rules' findings; the memo is taken first, while the sections still have their text. */
    private CheckedReport ruled(ParsedReport parsed) {
        if (memos == null || !parsed.report().readable()) return checker.check(parsed, limits.maxTime());
        var memo = memos.of(parsed, Path.of(parsed.report().file()));
        return checker.check(parsed, limits.maxTime()).withMemo(memo);
    }

    private Outcome parseNow(Path file, ReadingTime time) {
        try {
            Document doc = readers.read(file, time);
            DocumentNormalizer.Result normal = normalizer.normalize(doc);
            return Outcome.parsed(parser.parse(normal.document(), normal.flags()));
        } catch (UnreadableInputException e) {
            return Outcome.failed(file, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("{}: internal error, reported as unreadable", file, e);
            return Outcome.failed(file, internalError(e));
        }
    }

    private static ParsedReport unreadable(Path file, UnreadableInputException e) {
        DocumentFlag.Kind kind = e.kind() == UnreadableInputException.Kind.NO_TEXT
                ? DocumentFlag.Kind.NO_TEXT : DocumentFlag.Kind.UNREADABLE;
        Report report = Report.unreadable(file.toString(), fileName(file), guessFormat(file), e.pages());
        DocumentFlag flag = new DocumentFlag(kind, e.reasonZh(), e.reasonEn(), Location.NONE);
        return new ParsedReport(report, List.of(), List.of(), List.of(), List.of(flag), List.of());
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static SourceFormat guessFormat(Path file) {
        String n = fileName(file).toLowerCase();
        if (n.endsWith(".pdf")) return SourceFormat.PDF;
        if (n.endsWith(".docx")) return SourceFormat.DOCX;
        if (n.endsWith(".doc")) return SourceFormat.DOC;
        if (n.endsWith(".html") || n.endsWith(".htm")) return SourceFormat.HTML;
        if (n.endsWith(".txt")) return SourceFormat.TXT;
        if (n.matches(".*\\.(png|jpe?g|tiff?)$")) return SourceFormat.IMAGE;
        return SourceFormat.UNKNOWN;
    }
}
