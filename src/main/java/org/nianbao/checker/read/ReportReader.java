package org.nianbao.checker.read;

import java.io.IOException;
import java.nio.file.Path;

import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Turns the bytes of one file format into a {@link Document}. One implementation per format; a reader knows
 * nothing of annual reports. A file it cannot read is an {@link UnreadableInputException} with a reason an
 * officer understands, never another exception.
 */
public interface ReportReader {

    SourceFormat format();

    Document read(Path file) throws UnreadableInputException, IOException;

    /**
     * Reads within the file's time: readers that recognise scans ask it for time per page and stop when it runs
     * out. Other readers take milliseconds and need not look at it.
     */
    default Document read(Path file, ReadingTime time) throws UnreadableInputException, IOException {
        return read(file);
    }

    /**
     * Reads a file whose bytes are already in memory (a small file is read once, for its format and its text).
     * Readers that work on the file itself (PDF, Word, scans) ignore them.
     */
    default Document read(Path file, byte[] bytes, ReadingTime time) throws UnreadableInputException, IOException {
        return read(file, time);
    }
}
