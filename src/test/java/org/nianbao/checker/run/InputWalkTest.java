package org.nianbao.checker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.cli.CheckRunner;
import org.nianbao.checker.model.UnreadableInputException;

/** What the walk over an input folder reads, what it leaves out, and how what it could not read is named. */
class InputWalkTest {

    static final Path NANGUAN = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final Path LIUJIANG = Path.of("reports-in/003_1df9ee14cdc84c49.txt");

    @Test
    void anOutputFolderInsideTheInputFolderIsNeverReadBackAsInput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(NANGUAN, in.resolve("001.txt"));
        Files.copy(LIUJIANG, in.resolve("003.txt"));
        Path out = in.resolve("结果");
        for (int run = 1; run <= 3; run++) {
            CheckRunner.Run r = CheckRunner.run("check", in.toString(), "--out", out.toString(), "-q");
            assertThat(r.exitCode()).as("run " + run + ": " + r.err()).isZero();
            JsonNode reports = CheckRunner.findings(out).get("reports");
            assertThat(reports).as("run " + run).hasSize(2);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("未识别机关"));
        }
        assertThat(Files.readString(out.resolve("checker.log"))).contains("not checked: " + out).contains("输出文件夹");
    }

    @Test
    void anOldOutputFolderWithItsRunRecordsIsLeftOutToo(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(NANGUAN, in.resolve("001.txt"));
        Path oldOut = in.resolve("上月结果");
        assertThat(CheckRunner.run("check", NANGUAN.toString(), "--out", oldOut.toString(), "-q").exitCode()).isZero();

        CheckRunner.Run r = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");

        assertThat(r.exitCode()).isZero();
        assertThat(CheckRunner.findings(dir.resolve("out")).get("reports")).hasSize(1);
        assertThat(Files.readString(dir.resolve("out/checker.log"))).contains("not checked: " + oldOut).contains(".runs");
    }

    @Test
    void theOutputFolderItselfIsRefusedAsInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(CheckRunner.run("check", NANGUAN.toString(), "--out", out.toString(), "-q").exitCode()).isZero();
        CheckRunner.Run r = CheckRunner.run("check", out.toString(), "--out", out.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("不能用作输入").contains("输出文件夹");
    }

    @Test
    void filesTheOperatingSystemLeavesInFoldersAreSkippedAndLogged(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(NANGUAN, in.resolve("001.txt"));
        Files.write(in.resolve("Thumbs.db"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0});
        Files.writeString(in.resolve("desktop.ini"), "[.ShellClassInfo]\r\nIconResource=C:\\Windows\\system32\\imageres.dll,-184\r\n");
        Files.createDirectories(in.resolve("__MACOSX"));
        Files.write(in.resolve("__MACOSX/._001.txt"), new byte[] {0, 5, 22, 7, 0, 2});
        Path out = dir.resolve("out");

        CheckRunner.Run r = CheckRunner.run("check", in.toString(), "--out", out.toString(), "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(CheckRunner.findings(out).get("reports")).hasSize(1);
        assertThat(Files.readString(out.resolve("checker.log"))).contains("not checked: " + in.resolve("Thumbs.db"))
                .contains("not checked: " + in.resolve("desktop.ini")).contains("not checked: " + in.resolve("__MACOSX"));
    }

    @Test
    void aFolderThatCannotBeEnteredIsBlamedOnItsPermissionsNotOnALoop(@TempDir Path dir) {
        UnreadableInputException denied = FolderInput.whyNotRead(dir, new AccessDeniedException(dir.toString()));
        assertThat(denied.reasonZh()).contains("没有访问权限").doesNotContain("循环");
        UnreadableInputException loop = FolderInput.whyNotRead(dir, new FileSystemLoopException(dir.toString()));
        assertThat(loop.reasonZh()).contains("循环");
    }

    @Test
    void aFileNameWithANewlineStaysOnOneConsoleLine(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(NANGUAN, in.resolve("第一行\n第二行.txt"));
        CheckRunner.Run r = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("通过") && l.contains("第一行\\n第二行.txt") && l.contains("南关区教育局"));
        assertThat(lines).noneMatch(l -> l.startsWith("第二行"));
    }
}
