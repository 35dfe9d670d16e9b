package org.nianbao.checker.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checker run as a user runs it, in a fresh JVM with the launcher's settings, timed from the outside and
 * with its peak memory sampled while it runs.
 */
record ChildRun(int exitCode, double seconds, long peakMb) {

    /**
     * @param bulk a run over hundreds of files: like the launcher, leave the optimising compiler on (a short run
     *             uses the quick compiler only, which starts faster)
     */
    static ChildRun of(Path jar, Path log, boolean bulk, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx640m", "-XX:+UseSerialGC"));
        if (!bulk) cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = -1;
        while (p.isAlive()) {
            peak = Math.max(peak, PeakMemory.ofProcess(p.pid()));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ChildRun(p.exitValue(), seconds, peak);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
