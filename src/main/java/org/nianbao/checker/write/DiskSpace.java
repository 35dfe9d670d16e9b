package org.nianbao.checker.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a full disk apart from other write failures, so the officer is told to free space rather than call for help. */
public final class DiskSpace {

    private DiskSpace() {
    }

    /**
     * Whether {@code failure} (or anything it wraps: POI and the writer threads wrap the IOException) is the
     * operating system saying the disk or the user's quota is full.
     */
    public static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            if (m == null) continue;
            String s = m.toLowerCase(Locale.ROOT);
            if (s.contains("no space left on device") || s.contains("disk quota exceeded")
                    || s.contains("not enough space on the disk") || s.contains("there is not enough space")
                    || s.contains("database or disk is full")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) if (isFull(suppressed)) return true;
        }
        return false;
    }

    /**
     * Whether {@code failure} is a full disk, telling also by the disk holding {@code dir}: SQLite reports a disk
     * that filled while it grew its shared-memory or journal file as a plain I/O error (SQLITE_IOERR_…).
     */
    public static boolean isFull(Throwable failure, Path dir) {
        if (isFull(failure)) return true;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("SQLITE_IOERR")) return freeMb(dir) == 0;
        }
        return false;
    }

    /** Usable space on the disk holding {@code dir}, in MB, or -1 when it cannot be told. */
    public static long freeMb(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
