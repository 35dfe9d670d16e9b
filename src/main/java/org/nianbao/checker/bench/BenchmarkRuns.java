package org.nianbao.checker.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The plumbing of the benchmark command: where the jar is, fresh work folders, child runs with their logs. */
public final class BenchmarkRuns {

    private BenchmarkRuns() {
    }

    public record Timing(int exitCode, double seconds, long peakMb) {
    }

    /** The jar this JVM runs from, or null when running from classes (tests, IDE). */
    public static Path runningJar() {
        try {
            Path p = Path.of(BenchmarkRuns.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A run as the launcher would start it; {@code bulk} when it checks hundreds of files (see the launcher). */
    public static Timing child(Path jar, Path work, String name, boolean bulk, String... args) throws IOException, InterruptedException {
        ChildRun r = ChildRun.of(jar, work.resolve(name + ".log"), bulk, args);
        return new Timing(r.exitCode(), r.seconds(), r.peakMb());
    }

    public static void clean(Path work) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(work);
    }

    public static List<Path> corpusPdfs() throws IOException {
        Path dir = Path.of("src/test/resources/corpus");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
