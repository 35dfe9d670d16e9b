package org.nianbao.checker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether outputs can be written, checked before any work so a run never ends without its results. */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Null when the folder exists (or can be created) and accepts a new file; otherwise why not. */
    static String problem(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
