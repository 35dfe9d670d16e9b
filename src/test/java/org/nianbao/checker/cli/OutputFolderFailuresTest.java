package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.bench.ReportGenerator;
import org.nianbao.checker.run.RunLock;

/**
 * Whatever goes wrong once the outputs are being written, the output folder holds the previous run's set or the
 * complete new one: a failed write (injected, and a real full disk on a small tmpfs), a file name near the
 * operating system's limit, a second run started while one is writing.
 */
class OutputFolderFailuresTest {

    static final Path NANGUAN = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final Path HUZHU = Path.of("reports-in/002_ced1e3ba6e50580e.txt");

    @Test
    void anOutputThatCannotBeMovedIntoPlaceLeavesThePreviousSetAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(CheckRunner.run("check", NANGUAN.toString(), "--out", out.toString(), "-q").exitCode()).isZero();
        Map<String, String> before = contents(out);
        // the second run adds 互助县教育局's workbook; a folder of that name is in the way of its last step
        Files.createDirectories(out.resolve("互助县教育局.xlsx/inside"));

        CheckRunner.Run second = CheckRunner.run("check", NANGUAN.toString(), HUZHU.toString(), "--out", out.toString(), "-q");

        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("写入结果失败").contains("上一次的结果保持不变");
        assertThat(contents(out)).isEqualTo(before);
        assertThat(names(out)).noneMatch(n -> n.startsWith(".staging-") || n.endsWith(".tmp"));
    }

    @Test
    void aFullDiskKeepsThePreviousSetSaysSoAndFreesWhatTheRunWrote(@TempDir Path dir) throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("disk"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path many = dir.resolve("many");
        new ReportGenerator(Path.of("reports-in"), 5L).generate(150, many);
        String cli = "\"$JAVA\" -Xmx512m -cp \"$CP\" " + CheckerCommand.class.getName();
        String checker = cli + " check \"$IN\" --out \"$MNT/out\" -q";
        String sums = "(cd \"$MNT/out\" && find . -type f ! -name checker.log ! -name 'history.db-*' -exec sha256sum {} + | sort)";
        // in a private mount namespace: a 4 MB tmpfs, one run that fits, the disk filled, the same run again (the disk
        // is full before it starts); then 1.2 MB free and 150 reports, whose outputs fill the disk while they are written
        String script = String.join("\n",
                "mount -t tmpfs -o size=4m tmpfs \"$MNT\" || exit 97",
                checker + " >\"$LOGS/run1.out\" 2>\"$LOGS/run1.err\"; echo $? >\"$LOGS/run1.rc\"",
                "(cd \"$MNT/out\" && find . -type f ! -name checker.log ! -name 'history.db-*' -exec sha256sum {} + | sort) >\"$LOGS/before.sha\"",
                "avail=$(df -k --output=avail \"$MNT\" | tail -1)",
                "dd if=/dev/zero of=\"$MNT/filler\" bs=1k count=$((avail - 24)) 2>/dev/null",
                "df -k --output=avail \"$MNT\" | tail -1 >\"$LOGS/free-before\"",
                checker + " >\"$LOGS/run2.out\" 2>\"$LOGS/run2.err\"; echo $? >\"$LOGS/run2.rc\"",
                "(cd \"$MNT/out\" && find . -type f ! -name checker.log ! -name 'history.db-*' -exec sha256sum {} + | sort) >\"$LOGS/after.sha\"",
                "ls -A \"$MNT/out\" >\"$LOGS/listing\"",
                "df -k --output=avail \"$MNT\" | tail -1 >\"$LOGS/free-after\"",
                "rm \"$MNT/filler\"; avail=$(df -k --output=avail \"$MNT\" | tail -1)",
                "dd if=/dev/zero of=\"$MNT/filler\" bs=1k count=$((avail - 1200)) 2>/dev/null",
                cli + " check \"$MANY\" --out \"$MNT/out\" -q >\"$LOGS/run3.out\" 2>\"$LOGS/run3.err\"; echo $? >\"$LOGS/run3.rc\"",
                sums + " | grep -v history.db >\"$LOGS/after3.sha\"",
                "ls -A \"$MNT/out\" >\"$LOGS/listing3\"",
                "rm \"$MNT/filler\"; " + cli + " runs --out \"$MNT/out\" >\"$LOGS/runs3\" 2>&1");
        ProcessBuilder pb = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "bash", "-c", script);
        pb.environment().putAll(Map.of("JAVA", java, "CP", System.getProperty("java.class.path"), "MNT", mnt.toString(),
                "LOGS", logs.toString(), "IN", Path.of("reports-in").toAbsolutePath().toString(), "MANY", many.toString()));
        Process p;
        try {
            p = pb.redirectErrorStream(true).redirectOutput(logs.resolve("script.out").toFile()).start();
        } catch (IOException noUnshare) {
            Assumptions.abort("unshare is not available here: " + noUnshare.getMessage());
            return;
        }
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() != 97 && Files.exists(logs.resolve("run1.rc")),
                "no tmpfs can be mounted in a user namespace here: " + Files.readString(logs.resolve("script.out")));

        assertThat(read(logs, "run1.rc")).isEqualTo("1");
        assertThat(read(logs, "run2.rc")).as(read(logs, "run2.err")).isEqualTo("2");
        assertThat(read(logs, "run2.err")).contains("磁盘空间不足").contains("上一次的结果保持不变");
        assertThat(read(logs, "after.sha")).isEqualTo(read(logs, "before.sha")).contains("summary.xlsx")
                .contains("findings.json").contains(".runs/");
        assertThat(read(logs, "listing")).doesNotContain(".staging-").doesNotContain(".tmp");
        // what the failed run wrote is gone again (only its own log remains)
        assertThat(Long.parseLong(read(logs, "free-after"))).isGreaterThanOrEqualTo(Long.parseLong(read(logs, "free-before")) - 16);

        // the disk filling while the outputs are written: the same, and the history still has the first run alone
        assertThat(read(logs, "run3.rc")).as(read(logs, "run3.err")).isEqualTo("2");
        assertThat(read(logs, "run3.err")).contains("磁盘空间不足").contains("上一次的结果保持不变");
        assertThat(read(logs, "after3.sha")).isEqualTo(read(logs, "before.sha").lines().filter(l -> !l.contains("history.db"))
                .collect(Collectors.joining("\n")));
        assertThat(read(logs, "listing3")).doesNotContain(".staging-").doesNotContain(".tmp");
        assertThat(read(logs, "runs3").lines().filter(l -> l.matches("^\\d{8}-\\d{6}.*"))).hasSize(1);
    }

    @Test
    void anUnidentifiedReportWithASeventyCharacterChineseNameIsWrittenWithTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String name = "关于印发某某县人民政府办公室二零二四年度政府信息公开工作年度报告的通知附件一".repeat(3).substring(0, 70) + ".txt";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isEqualTo(214);
        Files.writeString(in.resolve(name), "这是一份会议通知，不是年度报告。\n请各单位于下周一上午九点参加会议。\n");
        Files.copy(NANGUAN, in.resolve("good.txt"));
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(CheckRunner.rules(CheckRunner.report(CheckRunner.findings(out), name))).containsExactly("NOT_A_REPORT");
        assertThat(names(out)).contains("summary.xlsx", "findings.json", "南关区教育局.xlsx")
                .anyMatch(n -> n.startsWith("未识别机关-关于印发") && n.endsWith(".xlsx"))
                .allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255);
        try (Stream<Path> runs = Files.list(out.resolve(".runs"))) {
            assertThat(runs).hasSize(1);
        }
    }

    @Test
    void aSecondRunIntoAFolderThatAnotherRunIsWritingWaitsItsTurnAndBothSetsAreWhole(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        new ReportGenerator(Path.of("reports-in"), 11L).generate(80, in);
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CheckerCommand.class.getName(), "check", "-q", in.toString(), "--out", out.toString())))
                .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        CheckRunner.Run second;
        try {
            awaitLocked(out.resolve(RunLock.FILE_NAME));
            second = CheckRunner.run("check", NANGUAN.toString(), "--out", out.toString(), "-q");
            // the second could only write once the first had let go of the folder, that is, had finished
            assertThat(first.isAlive()).isFalse();
            assertThat(first.exitValue()).isEqualTo(1);
        } finally {
            first.destroyForcibly();
        }
        assertThat(second.exitCode()).as(second.err()).isEqualTo(0);
        assertThat(second.err()).contains("另一个检查正在使用输出文件夹").contains("--out");
        // the outputs and the log are the second run's alone, and both runs are recorded one after the other
        String log = Files.readString(out.resolve("checker.log"));
        assertThat(log).contains("001_e4a3f774cb655e90.txt");
        assertThat(CheckRunner.findings(out).get("reports")).hasSize(1);
        var runs = org.nianbao.checker.history.RunStore.in(out).list();
        assertThat(runs).extracting(r -> r.files()).containsExactly(80, 1);
    }

    /** Waits until another process holds the lock on {@code lockFile}. */
    private static void awaitLocked(Path lockFile) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (Files.exists(lockFile)) {
                try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                    FileLock probe = ch.tryLock();
                    if (probe == null) return;
                    probe.release();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first run never took the lock");
    }

    /**
     * Every file under {@code out} but the log, with a digest of its bytes; the history database by what it records
     * (its runs and their findings), since SQLite may leave its write-ahead files beside it without changing that.
     */
    private static Map<String, String> contents(Path out) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().equals("checker.log")) continue;
                if (p.getFileName().toString().startsWith("history.db")) continue;
                byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                digests.put(out.relativize(p).toString(), HexFormat.of().formatHex(d));
            }
        }
        var store = org.nianbao.checker.history.RunStore.in(out);
        for (var run : store.list()) digests.put("run " + run.id(), run.toString() + store.load(run.id()).orElseThrow().reports());
        store.close();
        return digests;
    }

    private static List<String> names(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String read(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        return Files.exists(f) ? Files.readString(f).strip() : "";
    }
}
