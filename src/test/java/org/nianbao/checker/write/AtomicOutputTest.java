package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhenTheBodySucceeds() throws IOException {
        Path target = dir.resolve("findings.json");
        Files.writeString(target, "old");
        AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing()).containsExactly("findings.json");
    }

    @Test
    void leavesTheOldFileIntactWhenTheBodyThrows() throws IOException {
        Path target = dir.resolve("findings.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly("findings.json");
    }

    @Test
    void runtimeFailuresAlsoLeaveNoTemporaryFile() throws IOException {
        Path target = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path target = dir.resolve("reports-out/sub/summary.xlsx");
        AtomicOutput.write(target, out -> out.write(1));
        assertThat(Files.size(target)).isEqualTo(1);
    }

    @Test
    void aBatchPutsEveryFileInPlaceByTheTimeItCloses() throws IOException {
        Files.writeString(dir.resolve("a.xlsx"), "old a");
        try (AtomicOutput.Batch batch = new AtomicOutput.Batch()) {
            for (String name : new String[] {"a.xlsx", "b.xlsx", "c.xlsx"}) {
                batch.write(dir.resolve(name), out -> out.write(("new " + name).getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx", "c.xlsx");
        assertThat(Files.readString(dir.resolve("a.xlsx"))).isEqualTo("new a.xlsx");
        assertThat(Files.readString(dir.resolve("c.xlsx"))).isEqualTo("new c.xlsx");
    }

    @Test
    void aBatchBodyThatThrowsLeavesTheOldFileAndTheOthersStillLand() throws IOException {
        Files.writeString(dir.resolve("a.xlsx"), "old a");
        try (AtomicOutput.Batch batch = new AtomicOutput.Batch()) {
            assertThatThrownBy(() -> batch.write(dir.resolve("a.xlsx"), out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            })).hasMessage("disk full");
            batch.write(dir.resolve("b.xlsx"), out -> out.write('b'));
        }
        assertThat(Files.readString(dir.resolve("a.xlsx"))).isEqualTo("old a");
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx");
    }

    @Test
    void aBatchReportsAFileThatCouldNotBeMovedIntoPlaceWhenItCloses() throws IOException {
        // a folder where the workbook should go: the move fails after the body succeeded
        Files.createDirectories(dir.resolve("a.xlsx/inside"));
        AtomicOutput.Batch batch = new AtomicOutput.Batch();
        batch.write(dir.resolve("a.xlsx"), out -> out.write('a'));
        batch.write(dir.resolve("b.xlsx"), out -> out.write('b'));
        assertThatThrownBy(batch::close).isInstanceOf(IOException.class).hasMessageContaining("a.xlsx");
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx");
        assertThat(Files.isDirectory(dir.resolve("a.xlsx"))).isTrue();
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
