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

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
