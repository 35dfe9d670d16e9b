package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Plain-text reports in whatever encoding they came in. The encoding is detected, never assumed: a BOM first,
 * then strict UTF-8, then ICU's detector restricted to the encodings Chinese agencies actually use. Each line
 * becomes a block; a line with tabs or pipes becomes a row of cells.
 */
public final class TextReader implements ReportReader {

    private static final List<String> CANDIDATES = List.of("GB18030", "UTF-16LE", "UTF-16BE", "Big5", "UTF-8");

    @Override
    public SourceFormat format() {
        return SourceFormat.TXT;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes);
        return new Document(file, SourceFormat.TXT, toBlocks(text), null);
    }

    /** Decodes the bytes, or says why it cannot. */
    public static String decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("文件为空（0 字节）", "the file is empty (0 bytes)");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
        }
        try {
            return strictOrThrow(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // fall through to detection
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return utf16;
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            String charset = "GB2312".equalsIgnoreCase(name) || "GBK".equalsIgnoreCase(name) ? "GB18030" : name;
            if (!CANDIDATES.contains(charset) || match.getConfidence() < 10) continue;
            try {
                return strictOrThrow(bytes, Charset.forName(charset));
            } catch (CharacterCodingException wrong) {
                // try the next candidate
            }
        }
        throw new UnreadableInputException(
                "无法识别文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）；请另存为 UTF-8 后重新提交",
                "cannot determine the text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5); save it as UTF-8");
    }

    /** UTF-16 without BOM: ASCII characters leave NULs on one side of every pair. */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) { if (i % 2 == 0) evenNul++; else oddNul++; }
        Charset cs = oddNul > bytes.length / 8 && evenNul == 0 ? StandardCharsets.UTF_16LE
                : evenNul > bytes.length / 8 && oddNul == 0 ? StandardCharsets.UTF_16BE : null;
        if (cs == null) return null;
        try {
            return strictOrThrow(bytes, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws UnreadableInputException {
        try {
            return strictOrThrow(bytes, cs);
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("文本声明为 " + cs.name() + " 编码（BOM），但内容不是有效的 " + cs.name(),
                    "the text has a " + cs.name() + " byte-order mark but is not valid " + cs.name(), e);
        }
    }

    private static String strictOrThrow(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The text's lines, split at \r\n, \r or \n (without a regex: this runs on every line of every report). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            lines.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * One block per line; a tab- or pipe-separated line becomes a row, when its cells are table cells: a line of
     * running text that happens to hold a tab or a pipe (a whole report copied onto one line) stays a paragraph.
     */
    public static List<Block> toBlocks(String text) {
        List<String> lines = lines(text);
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Location at = Location.line(i + 1);
            List<String> cells = line.indexOf('\t') >= 0 ? Arrays.asList(line.split("\t", -1))
                    : line.indexOf('|') >= 0 ? pipeCells(line) : null;
            blocks.add(cells != null && cells.stream().allMatch(c -> c.strip().length() <= MAX_CELL)
                    ? Block.row(cells, at) : Block.paragraph(line, at));
        }
        return blocks;
    }

    /** "| a | b |" (markdown) or "a | b |": the pipes around the row are its border, not empty cells. */
    private static List<String> pipeCells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        return Arrays.asList(t.split("\\|", -1));
    }

    /** Longer than this is running text, not a table cell. */
    private static final int MAX_CELL = 120;
}
