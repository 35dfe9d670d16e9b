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
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes);
        return new Document(file, SourceFormat.TXT, toBlocks(text), null);
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

    /** One block per line; tab- or pipe-separated lines become rows. */
    public static List<Block> toBlocks(String text) {
        List<String> lines = lines(text);
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Location at = Location.line(i + 1);
            if (line.indexOf('\t') >= 0) {
                blocks.add(Block.row(Arrays.asList(line.split("\t", -1)), at));
            } else if (line.indexOf('|') >= 0) {
                blocks.add(Block.row(Arrays.asList(line.split("\\|", -1)), at));
            } else {
                blocks.add(Block.paragraph(line, at));
            }
        }
        return blocks;
    }
}
