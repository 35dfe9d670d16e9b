package org.nianbao.checker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checker run as a user runs it: through the project's launcher (so with its JVM settings and class-data
 * archive) in a fresh JVM, timed from the outside and with its peak memory sampled while it runs. The launcher
 * ends in {@code exec java}, so the process sampled is the JVM itself.
 */
record ChildRun(int exitCode, double seconds, long peakMb) {

    /**
     * @param bulk without the launcher (a jar run on its own): a run over hundreds of files, which like the
     *             launcher leaves the optimising compiler on
     */
    static ChildRun of(Path jar, Path log, boolean bulk, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        Path launcher = launcherOf(jar);
        if (launcher != null) {
            cmd.add(launcher.toString());
        } else {
            cmd.addAll(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC"));
            cmd.addAll(bulk ? List.of("-XX:InlineSmallCode=500", "-XX:FreqInlineSize=100") : List.of("-XX:TieredStopAtLevel=1"));
            cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        }
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

    /** {@code checker} in the project folder of {@code target/<jar>}, if it is there and runnable. */
    static Path launcherOf(Path jar) {
        Path target = jar.toAbsolutePath().getParent();
        Path project = target == null ? null : target.getParent();
        Path launcher = project == null ? null : project.resolve("checker");
        return launcher != null && Files.isExecutable(launcher) ? launcher : null;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
