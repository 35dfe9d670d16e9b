package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    @TempDir
    Path out;

    static RunRecord record(String id, Instant at) {
        RunRecord.FindingRecord f = new RunRecord.FindingRecord("某局|2024|PERIOD_NOT_STATED|", "PERIOD_NOT_STATED", "WARN",
                null, null, null, "没有说明统计期限", "no period", null, null, null, null, 3, "依据", "建议", List.of());
        RunRecord.ReportRecord r = new RunRecord.ReportRecord("in/a.txt", "a.txt", "某局", 2024, "某局|2024", "通过", List.of(f));
        return new RunRecord(new RunSummary(id, at, "abc", 1, 1, 0, 1, 0, null, 0, 0), List.of(r));
    }

    @Test
    void savedRunsAreListedOldestFirstAndLoadBackWhole() throws Exception {
        RunStore store = RunStore.in(out);
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        String first = store.newId(t);
        store.save(record(first, t));
        String second = store.newId(t);
        store.save(record(second, t.plusSeconds(60)));

        assertThat(second).isEqualTo(first + "-2");
        assertThat(store.list()).extracting(RunSummary::id).containsExactly(first, second);
        RunRecord back = store.load(first).orElseThrow();
        assertThat(back).isEqualTo(record(first, t));
        assertThat(back.reports().get(0).findings().get(0).toFinding().location().line()).isEqualTo(3);
        assertThat(store.latest().orElseThrow().summary().id()).isEqualTo(second);
        try (Stream<Path> files = Files.list(store.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aDamagedRecordIsSkippedNotFatal() throws Exception {
        RunStore store = RunStore.in(out);
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        store.save(record("20250114-093012", t));
        Files.writeString(store.folder().resolve("20250115-000000.json"), "{\"summary\": {\"id\": ");

        assertThat(store.list()).extracting(RunSummary::id).containsExactly("20250114-093012");
        assertThat(store.latest()).isPresent();
        assertThat(store.load("../../etc/passwd")).isEmpty();
    }

    @Test
    void noFolderMeansNoRuns() throws Exception {
        assertThat(RunStore.in(out.resolve("nothing-here")).list()).isEmpty();
        assertThat(RunStore.in(out.resolve("nothing-here")).latest()).isEmpty();
    }
}
