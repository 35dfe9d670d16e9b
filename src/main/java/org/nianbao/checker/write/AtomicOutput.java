package org.nianbao.checker.write;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes an output file under a temporary name in the target's folder and moves it into place only once it is
 * complete, so a crash or an exception in the middle leaves the previous output untouched.
 */
public final class AtomicOutput {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    /**
     * Creates {@code target} (and its folder) from what {@code body} writes. If the body throws, the temporary
     * file is deleted, the exception is rethrown and an existing {@code target} keeps its old content.
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile());
                 OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                body.accept(out);
                out.flush();
                file.getChannel().force(true); // the bytes are on disk before the name points at them
            }
            move(tmp, absolute);
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
        while (true) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
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
