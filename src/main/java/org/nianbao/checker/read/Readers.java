package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Picks the reader for a file by its content and runs it. Every failure, expected or not, comes out as an
 * {@link UnreadableInputException} so that one bad file never stops a run.
 */
public final class Readers {

    private final Map<SourceFormat, ReportReader> byFormat = new EnumMap<>(SourceFormat.class);
    /** Files up to this size are read whole once; larger ones are left to their reader (and its memory budget). */
    static final long READ_WHOLE_UP_TO = 1 << 20;

    public Readers(List<ReportReader> readers) {
        for (ReportReader r : readers) byFormat.put(r.format(), r);
    }

    /** All readers the product ships. */
    public static Readers standard() {
        return new Readers(List.of(new TextReader(), new PdfReader(), new DocxReader(), new DocReader(), new HtmlReader(),
                new org.nianbao.checker.read.scan.ScanReader()));
    }

    public Document read(Path file) throws UnreadableInputException {
        return read(file, ReadingTime.unlimited());
    }

    /** Reads within the file's time (scans get time per page, see {@link ReadingTime}). */
    public Document read(Path file, ReadingTime time) throws UnreadableInputException {
        SourceFormat format;
        byte[] bytes = null;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableInputException("不是普通文件，无法读取", "not a regular file");
            }
            if (!Files.isReadable(file)) {
                throw new UnreadableInputException("没有读取权限；请检查文件权限", "no permission to read the file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableInputException("文件为空（0 字节）；请重新导出后提交", "the file is empty (0 bytes)");
            }
            // a small file (most reports as text or a web page) is read once, for its format and its text
            if (size <= READ_WHOLE_UP_TO) {
                bytes = Files.readAllBytes(file);
                format = FormatSniffer.sniff(file, bytes);
            } else {
                format = FormatSniffer.sniff(file);
            }
        } catch (IOException e) {
            throw new UnreadableInputException("读取文件失败：" + e.getMessage(), "could not read the file: " + e.getMessage(), e);
        }
        if (format == SourceFormat.UNKNOWN) {
            UnreadableInputException office = OfficeFailure.byExtension(file);
            if (office != null) throw office;
            throw new UnreadableInputException(
                    "不支持的文件类型（不是文本、PDF、Word、网页或扫描图片）；请提交 PDF、DOCX、DOC、HTML、TXT 格式的年报或 PNG、JPEG、TIFF 格式的扫描件",
                    "unsupported file type (not text, PDF, Word, HTML or a PNG/JPEG/TIFF scan)");
        }
        ReportReader reader = byFormat.get(format);
        if (reader == null) {
            throw new UnreadableInputException("暂不支持读取 " + format + " 格式", "reading " + format + " is not supported");
        }
        try {
            return bytes != null ? reader.read(file, bytes, time) : reader.read(file, time);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (ReadingTime.Exceeded e) {
            throw new UnreadableInputException(
                    "识别扫描件的时间超过上限 " + time.allowedSeconds() + " 秒（每页 --max-seconds，每个文件另有上限 --max-scan-seconds），已放弃；可放宽上限后重新检查",
                    "recognising the scan took longer than " + time.allowedSeconds() + " s and was abandoned", e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new UnreadableInputException(
                    format + " 文件已损坏或无法解析（" + e.getClass().getSimpleName() + "）；请重新导出后提交",
                    format + " file is damaged or cannot be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }
}
