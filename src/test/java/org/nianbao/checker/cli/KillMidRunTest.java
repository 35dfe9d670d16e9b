package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.bench.ReportGenerator;

/**
 * A run killed at any moment (kill -9, in a separate JVM) leaves every output of the previous run intact and
 * readable: each file is either the old one or the complete new one, never half written. The next run clears
 * what the killed one left behind.
 */
class KillMidRunTest {

    @Test
    void killingTheProcessMidRunKeepsThePreviousOutputsReadable(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        new ReportGenerator(Path.of("reports-in"), 7L).generate(60, in);
        Path out = dir.resolve("out");
        assertThat(CheckRunner.run("check", "-q", in.toString(), "--out", out.toString()).exitCode()).isEqualTo(1);
        assertReadable(out);

        for (long delayMs : new long[]{1200, 2600}) {
            Process p = childRun(in, out);
            Thread.sleep(delayMs);
            p.destroyForcibly().waitFor();
            assertReadable(out);
        }
        assertThat(CheckRunner.run("check", "-q", in.toString(), "--out", out.toString()).exitCode()).isEqualTo(1);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertReadable(out);
    }

    private static Process childRun(Path in, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CheckerCommand.class.getName(), "check", "-q", in.toString(), "--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    }

    private static void assertReadable(Path out) throws Exception {
        assertThat(new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("reports")).hasSize(60);
        try (Stream<Path> s = Files.list(out)) {
            List<Path> workbooks = s.filter(x -> x.getFileName().toString().endsWith(".xlsx")).toList();
            assertThat(workbooks).hasSizeGreaterThan(60);
            for (Path w : workbooks) {
                try (XSSFWorkbook wb = new XSSFWorkbook(w.toFile())) {
                    assertThat(wb.getNumberOfSheets()).as(w.toString()).isPositive();
                }
            }
        }
    }
}
