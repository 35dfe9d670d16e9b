package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's outputs land together or not at all; a run killed while they land is finished by the next one. */
class OutputSetTest {

    @TempDir
    Path out;

    @Test
    void committingReplacesTheOldSetAndAddsTheNewFiles() throws IOException {
        Files.writeString(out.resolve("findings.json"), "old json");
        Files.writeString(out.resolve("summary.xlsx"), "old summary");
        try (OutputSet set = OutputSet.begin(out)) {
            Files.writeString(set.folder().resolve("findings.json"), "new json");
            Files.writeString(set.folder().resolve("summary.xlsx"), "new summary");
            Files.createDirectories(set.folder().resolve(".runs"));
            Files.writeString(set.folder().resolve(".runs/20260101-000000.json"), "record");
            assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
            set.commit();
        }
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("new json");
        assertThat(Files.readString(out.resolve("summary.xlsx"))).isEqualTo("new summary");
        assertThat(Files.readString(out.resolve(".runs/20260101-000000.json"))).isEqualTo("record");
        assertThat(listing()).containsExactly(".runs", "findings.json", "summary.xlsx");
    }

    @Test
    void aSetThatIsNotCommittedLeavesNothingBehind() throws IOException {
        Files.writeString(out.resolve("findings.json"), "old json");
        try (OutputSet set = OutputSet.begin(out)) {
            Files.writeString(set.folder().resolve("findings.json"), "half of the new");
        }
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
        assertThat(listing()).containsExactly("findings.json");
    }

    @Test
    void aMoveThatFailsHalfWayPutsBackWhatWasAlreadyMoved() throws IOException {
        Files.writeString(out.resolve("a.xlsx"), "old a");
        Files.writeString(out.resolve("findings.json"), "old json");
        // a non-empty folder where the new workbook b.xlsx should go: that rename fails after a.xlsx moved in
        Files.createDirectories(out.resolve("b.xlsx/inside"));
        OutputSet set = OutputSet.begin(out);
        Files.writeString(set.folder().resolve("a.xlsx"), "new a");
        Files.writeString(set.folder().resolve("b.xlsx"), "new b");
        Files.writeString(set.folder().resolve("findings.json"), "new json");
        assertThatThrownBy(set::commit).isInstanceOf(IOException.class);
        set.close();
        assertThat(Files.readString(out.resolve("a.xlsx"))).isEqualTo("old a");
        assertThat(Files.readString(out.resolve("findings.json"))).isEqualTo("old json");
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx", "findings.json");
    }

    @Test
    void theNextRunFinishesASetThatWasCompleteWhenItsRunWasKilled() throws IOException {
        Files.writeString(out.resolve("a.xlsx"), "old a");
        Files.writeString(out.resolve("b.xlsx"), "old b");
        Path staging = Files.createDirectories(out.resolve(".staging-1f"));
        // killed after moving a.xlsx in (the old one aside) and before b.xlsx
        Files.createFile(staging.resolve(".complete"));
        Files.createDirectories(staging.resolve(".replaced"));
        Files.move(out.resolve("a.xlsx"), staging.resolve(".replaced/a.xlsx"));
        Files.writeString(out.resolve("a.xlsx"), "new a");
        Files.writeString(staging.resolve("b.xlsx"), "new b");

        assertThat(OutputSet.recover(out)).isEqualTo(1);
        assertThat(Files.readString(out.resolve("a.xlsx"))).isEqualTo("new a");
        assertThat(Files.readString(out.resolve("b.xlsx"))).isEqualTo("new b");
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx");
    }

    @Test
    void theNextRunUndoesASetThatWasNotComplete() throws IOException {
        Files.writeString(out.resolve("a.xlsx"), "old a");
        Path staging = Files.createDirectories(out.resolve(".staging-2e"));
        Files.writeString(staging.resolve("a.xlsx"), "half of the new a");
        // killed while rolling back a failed move: the old file is still aside
        Files.createDirectories(staging.resolve(".replaced"));
        Files.writeString(staging.resolve(".replaced/b.xlsx"), "old b");

        assertThat(OutputSet.recover(out)).isEqualTo(1);
        assertThat(Files.readString(out.resolve("a.xlsx"))).isEqualTo("old a");
        assertThat(Files.readString(out.resolve("b.xlsx"))).isEqualTo("old b");
        assertThat(listing()).containsExactly("a.xlsx", "b.xlsx");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
