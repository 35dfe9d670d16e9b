package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files are read one at a time when together they would not fit the heap, so the same file gets the same
 * verdict whatever it is read next to. Run in a child JVM with a small heap, as the launcher runs with its own.
 */
class LargeFilesTest {

    @Test
    void fourLargeFilesInOneRunGetTheVerdictEachGetsAlone(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of("reports-in/000_41ea44dbb3ddc373.txt"));
        for (int k = 0; k < 4; k++) {
            StringBuilder sb = new StringBuilder();
            // the report, then its body over and over, each copy with a line of its own (no two files are the same)
            for (int i = 0; sb.length() < 6_000_000; i++) sb.append(seed).append("\n抄送：第 ").append(k).append(" 组第 ").append(i).append(" 份\n");
            Files.writeString(in.resolve("large-" + k + ".txt"), sb);
        }
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xmx170m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CheckerCommand.class.getName(), "check", "-q", "--format", "json", "--max-seconds", "120", in.toString(), "--out", out.toString())))
                .redirectErrorStream(true).redirectOutput(new File(dir.resolve("run.log").toString())).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        JsonNode reports = CheckRunner.findings(out).get("reports");
        assertThat(reports).as(Files.readString(dir.resolve("run.log"))).hasSize(4);
        for (JsonNode r : reports) {
            assertThat(r.get("agency").asText()).as(r.get("file").asText()).isEqualTo("乐山市金口河区教育局");
            assertThat(CheckRunner.rules(r)).as(r.get("file").asText()).contains("SECTION_MISSING", "TABLE_INCOMPLETE", "DUPLICATE_CONTENT")
                    .doesNotContain("INPUT_UNREADABLE");
        }
    }
}
