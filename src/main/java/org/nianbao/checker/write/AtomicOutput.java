package org.nianbao.checker.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes an output file under a temporary name in the target's folder and moves it into place only once it is
 * complete, so a crash or an exception in the middle leaves the previous output untouched.
 */
public final class AtomicOutput {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Of the target's name in a temporary name: 255 bytes less the dot, the random part and ".tmp". */
    static final int MAX_TEMPORARY_STEM_BYTES = 255 - 1 - 17 - 4;

    private AtomicOutput() {
    }

    /**
     * Creates {@code target} (and its folder) from what {@code body} writes. If the body throws, the temporary
     * file is deleted, the exception is rethrown and an existing {@code target} keeps its old content.
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = writeTemporary(absolute, body);
        commit(tmp, absolute);
    }

    /**
     * Many outputs at once (one workbook per agency): each is written under its temporary name by the caller's
     * thread, then made durable and moved into place by a background thread. Why: forcing a file to disk blocks
     * its writer for about half a millisecond, which over 10,000 workbooks kept a core idle for seconds. The
     * guarantee is the same as {@link #write}: a name only ever points at a complete file that is on disk.
     * {@link #close} waits for every file and throws the first failure.
     */
    public static final class Batch implements AutoCloseable {
        private final ExecutorService committer = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "output-commit");
            t.setDaemon(true);
            return t;
        });
        private final List<Future<?>> pending = Collections.synchronizedList(new ArrayList<>());

        /** Writes {@code target} from {@code body} now; it appears under its name once committed. */
        public void write(Path target, IOConsumer<OutputStream> body) throws IOException {
            Path absolute = target.toAbsolutePath();
            Path tmp = writeTemporary(absolute, body);
            pending.add(committer.submit(() -> {
                commit(tmp, absolute);
                return null;
            }));
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            try {
                List<Future<?>> all;
                synchronized (pending) {
                    all = new ArrayList<>(pending);
                }
                for (Future<?> f : all) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        if (first == null) first = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                first = new java.io.InterruptedIOException("interrupted while committing outputs");
            } finally {
                committer.shutdownNow();
            }
            if (first != null) throw first;
        }
    }

    /** The body's bytes in a new temporary file next to {@code target}, closed; deleted again if the body fails. */
    private static Path writeTemporary(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, target.getFileName().toString());
        boolean written = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.accept(out);
            }
            written = true;
            return tmp;
        } finally {
            if (!written) Files.deleteIfExists(tmp);
        }
    }

    /** Forces the temporary file to disk, then moves it over the target; on failure the temporary file goes. */
    private static void commit(Path tmp, Path target) throws IOException {
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true); // the bytes are on disk before the name points at them
            }
            move(tmp, target);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Removes temporary files a killed run left behind in {@code dir} (".name.hex.tmp"); the outputs themselves
     * were never touched by such a run. Returns how many were removed.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.matches("\\..+\\.[0-9a-f]{1,16}\\.tmp") && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * A new empty file next to the target: same folder, so the move can be atomic. Created with the default
     * permissions (umask), not the owner-only ones of {@link Files#createTempFile}, because the result is shared.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        // the name is cut so the temporary one stays within the 255 bytes a file name may take
        String stem = SafeFileNames.truncateToBytes(name, MAX_TEMPORARY_STEM_BYTES);
        while (true) {
            Path tmp = dir.resolve("." + stem + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name: try the next one
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            // On Windows the usual cause is the old file being open in Excel; say so instead of a bare path.
            throw new FileSystemException(target.toString(), null,
                    "无法替换文件，可能正被 Excel 等程序打开 / cannot replace the file, it may be open in another program");
        }
    }
}
