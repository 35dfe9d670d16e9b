package org.nianbao.checker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory of a running process, read from Linux's /proc (VmHWM), in megabytes; -1 elsewhere. */
final class PeakMemory {

    private PeakMemory() {
    }

    static long ofProcess(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or not Linux
        }
        return -1;
    }
}
