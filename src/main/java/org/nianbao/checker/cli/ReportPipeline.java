package org.nianbao.checker.cli;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;

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

    private final Limits limits;
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
        this.readers = readers;
        this.parser = parser;
        this.checker = checker;
        this.limits = limits;
    }

    /** The same stages with a checker: for files read ahead while the rules were still compiling. */
    public ReportPipeline withChecker(ReportChecker rules) {
        return new ReportPipeline(readers, parser, rules, limits);
    }

    /** Checks one file within the limits; a file over a limit gets a finding saying which and what to do. */
    public CheckedReport check(Path file) {
        Outcome tooBig = sizeProblem(file);
        return finished(tooBig != null ? tooBig : guarded(file, () -> checkNow(file)));
    }

    /**
     * Reads and parses one file within the limits, without the rules (which may still be compiling); a file that
     * cannot be read becomes the report entry that says why. {@link #check(ParsedReport)} finishes it.
     */
    public ParsedReport parse(Path file) {
        Outcome tooBig = sizeProblem(file);
        Outcome o = tooBig != null ? tooBig : guarded(file, () -> parseNow(file));
        return o.parsed != null ? o.parsed : unreadable(o.file, o.failure);
    }

    /** Runs the rules over a report {@link #parse parsed} earlier, within the time limit. */
    public CheckedReport check(ParsedReport parsed) {
        return finished(rules(parsed));
    }

    /** The rules over {@code parsed}, on a guard thread within the time limit. */
    private Outcome rules(ParsedReport parsed) {
        return guarded(Path.of(parsed.report().file()), () -> Outcome.checked(checker.check(parsed)));
    }

    /** What a guarded piece of work gave: a parsed report, a checked one, or why the file failed. */
    private record Outcome(ParsedReport parsed, CheckedReport checked, Path file, UnreadableInputException failure) {
        static Outcome parsed(ParsedReport r) {
            return new Outcome(r, null, null, null);
        }

        static Outcome checked(CheckedReport r) {
            return new Outcome(null, r, null, null);
        }

        static Outcome failed(Path file, UnreadableInputException why) {
            return new Outcome(null, null, file, why);
        }
    }

    /**
     * The checked report of a check's outcome, which is checked or failed. A failed file still goes through the
     * rules (they word its finding), within the time limit too: a rule that repeats itself for ever must not hang
     * the run on that second pass.
     */
    private CheckedReport finished(Outcome o) {
        if (o.checked != null) return o.checked;
        ParsedReport failed = unreadable(o.file, o.failure);
        Outcome ruled = rules(failed);
        return ruled.checked != null ? ruled.checked : rulesDidNotFinish(failed);
    }

    /** The finding of a report whose rules did not finish even for its failure: said without the rules. */
    private CheckedReport rulesDidNotFinish(ParsedReport parsed) {
        long s = limits.maxTime().toSeconds();
        return new CheckedReport(parsed, List.of(new org.nianbao.checker.model.Finding("INPUT_UNREADABLE", "ERROR",
                null, null, null,
                "检查规则在 " + s + " 秒内没有运行完，未能检查该文件",
                "the rules did not finish within " + s + " s; the file was not checked",
                null, null,
                "可能有规则反复触发自身（例如 update 了自己匹配的事实）；请用 ./checker rules test 检查规则文件",
                Location.NONE, "本工具的检查时限（--max-seconds）",
                "请规则维护人员检查最近修改的规则；修正后重新检查", List.of())));
    }

    /** Runs {@code work} for {@code file} on a guard thread, giving it up at the time limit. */
    private Outcome guarded(Path file, java.util.concurrent.Callable<Outcome> work) {
        java.util.concurrent.Future<Outcome> running = guard.submit(work);
        try {
            return running.get(limits.maxTime().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            running.cancel(true);
            LOG.warn("{}: gave up after {} s", file, limits.maxTime().toSeconds());
            return Outcome.failed(file, new UnreadableInputException(
                    "处理时间超过上限 " + limits.maxTime().toSeconds() + " 秒，已放弃（文件可能损坏或结构异常）；请重新导出后提交，或用 --max-seconds 放宽上限",
                    "processing took longer than " + limits.maxTime().toSeconds() + " s and was abandoned"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return Outcome.failed(file, new UnreadableInputException("检查被中断", "the check was interrupted"));
        } catch (java.util.concurrent.ExecutionException e) {
            return Outcome.failed(file, internalError(e.getCause()));
        }
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

    private Outcome checkNow(Path file) {
        Outcome parsed = parseNow(file);
        return parsed.parsed == null ? parsed : Outcome.checked(checker.check(parsed.parsed));
    }

    private Outcome parseNow(Path file) {
        try {
            Document doc = readers.read(file);
            DocumentNormalizer.Result normal = normalizer.normalize(doc);
            return Outcome.parsed(parser.parse(normal.document(), normal.flags()));
        } catch (UnreadableInputException e) {
            return Outcome.failed(file, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("{}: internal error, reported as unreadable", file, e);
            return Outcome.failed(file, internalError(e));
        }
    }

    static ParsedReport unreadable(Path file, UnreadableInputException e) {
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
        return SourceFormat.UNKNOWN;
    }
}
