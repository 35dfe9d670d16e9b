package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Plain-text reports in whatever encoding they came in. The encoding is detected, never assumed (see
 * {@link TextDecoding}). Each line becomes a block; a line with tabs or pipes becomes a row of cells.
 */
public final class TextReader implements ReportReader {

    private static final List<String> CANDIDATES = List.of("GB18030", "UTF-16LE", "UTF-16BE", "Big5", "UTF-8");

    @Override
    public SourceFormat format() {
        return SourceFormat.TXT;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        return read(file, Files.readAllBytes(file), ReadingTime.unlimited());
    }

    @Override
    public Document read(Path file, byte[] bytes, ReadingTime time) throws UnreadableInputException {
        return new Document(file, SourceFormat.TXT, toBlocks(decode(bytes)), null);
    }

    /** Decodes the bytes (see {@link TextDecoding}), or says why it cannot. */
    public static String decode(byte[] bytes) throws UnreadableInputException {
        return TextDecoding.decode(bytes, null);
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
            blocks.add(cells != null && allShort(cells) ? Block.row(cells, at) : Block.paragraph(line, at));
        }
        return blocks;
    }

    /** Whether every cell is short enough to be a table cell (a loop: this runs on every line with a tab or pipe). */
    private static boolean allShort(List<String> cells) {
        for (String c : cells) if (c.length() > MAX_CELL && c.strip().length() > MAX_CELL) return false;
        return true;
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
