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

    public ReportPipeline(Readers readers, ReportParser parser, ReportChecker checker) {
        this.readers = readers;
        this.parser = parser;
        this.checker = checker;
    }

    public CheckedReport check(Path file) {
        ParsedReport parsed;
        try {
            Document doc = readers.read(file);
            DocumentNormalizer.Result normal = normalizer.normalize(doc);
            parsed = parser.parse(normal.document(), normal.flags());
            return checker.check(parsed);
        } catch (UnreadableInputException e) {
            parsed = unreadable(file, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug must not lose the file: it is reported as unreadable, with the cause in the log
            LOG.warn("{}: internal error, reported as unreadable", file, e);
            parsed = unreadable(file, new UnreadableInputException(
                    "处理该文件时出现内部错误（" + e.getClass().getSimpleName() + "）；请将文件提供给维护人员",
                    "internal error while processing the file: " + e, e));
        }
        return checker.check(parsed);
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
