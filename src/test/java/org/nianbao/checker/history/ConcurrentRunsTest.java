package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two checker processes on one output folder at the same time, as two officers might start them: both finish,
 * both runs are recorded under their own ids, and the history database passes SQLite's integrity check.
 */
class ConcurrentRunsTest {

    @TempDir
    Path dir;

    private Process start(Path in, Path out, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.nianbao.checker.cli.CheckerCommand",
                "check", in.toString(), "--out", out.toString(), "--quiet"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    @Test
    void twoChecksOnOneOutputFolderAtOnceBothFinishAndTheStoreIsIntact() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        for (String seed : new String[] {"001_e4a3f774cb655e90.txt", "002_ced1e3ba6e50580e.txt"}) Files.copy(Path.of("reports-in", seed), a.resolve(seed));
        for (String seed : new String[] {"003_1df9ee14cdc84c49.txt", "004_11d5421f1e46d2a7.txt"}) Files.copy(Path.of("reports-in", seed), b.resolve(seed));
        Path out = dir.resolve("out");

        Process first = start(a, out, "first");
        Process second = start(b, out, "second");
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

        String logs = Files.readString(dir.resolve("first.log")) + Files.readString(dir.resolve("second.log"));
        assertThat(first.exitValue()).as(logs).isIn(0, 1);
        assertThat(second.exitValue()).as(logs).isIn(0, 1);
        assertThat(logs).doesNotContain("未能保存本次检查记录", "内部错误");

        List<RunSummary> runs = RunStore.in(out).list();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).id()).isNotEqualTo(runs.get(1).id());
        assertThat(runs).extracting(RunSummary::files).containsExactly(2, 2);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(".runs/history.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(".runs/history.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM report")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
        // each run's documents are there once
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(".runs/history.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM document")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
        assertThat(new File(out.toFile(), "findings.json")).exists();
    }
}
