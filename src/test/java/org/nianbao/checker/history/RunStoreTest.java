package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    @TempDir
    Path out;

    static RunRecord record(String id, Instant at) {
        RunRecord.FindingRecord f = new RunRecord.FindingRecord("某局|2024|PERIOD_NOT_STATED|", "PERIOD_NOT_STATED", "WARN",
                null, null, null, "没有说明统计期限", "no period", null, null, null, null, 3, "依据", "建议", List.of());
        RunRecord.ReportRecord r = new RunRecord.ReportRecord("in/a.txt", "a.txt", "ab12", "某局", 2024, "某局|2024", "通过", List.of(f));
        return new RunRecord(new RunSummary(id, at, "abc", 1, 1, 0, 1, 0, null, 0, 0), List.of(r));
    }

    @Test
    void savedRunsAreListedOldestFirstAndLoadBackWhole() throws Exception {
        RunStore store = RunStore.in(out);
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        String first = store.save(record(store.newId(t), t));
        String second = store.newId(t);
        store.save(record(second, t.plusSeconds(60)));

        assertThat(second).isEqualTo(first + "-2");
        assertThat(store.list()).extracting(RunSummary::id).containsExactly(first, second);
        RunRecord back = store.load(first).orElseThrow();
        assertThat(back).isEqualTo(record(first, t));
        assertThat(back.reports().get(0).findings().get(0).toFinding().location().line()).isEqualTo(3);
        assertThat(store.latest().orElseThrow().summary().id()).isEqualTo(second);
        assertThat(out.resolve(".runs/history.db")).isRegularFile();
    }

    @Test
    void eachReportKeepsItsOwnFindingsWhenAWholeRunGoesInAsOneBatch() throws Exception {
        RunStore store = RunStore.in(out);
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        store.save(record(store.newId(t), t)); // an earlier run: the new run's report ids follow its
        RunRecord.FindingRecord fee = new RunRecord.FindingRecord("乙局|2024|FEE_NOT_DISCLOSED|", "FEE_NOT_DISCLOSED", "ERROR",
                null, null, null, "未说明信息处理费", "no fee statement", null, null, null, null, 9, "依据", "建议", List.of());
        RunRecord.FindingRecord period = record("x", t).reports().get(0).findings().get(0);
        List<RunRecord.ReportRecord> reports = List.of(
                new RunRecord.ReportRecord("in/a.txt", "a.txt", "ab12", "甲局", 2024, "甲局|2024", "通过", List.of(period)),
                new RunRecord.ReportRecord("in/b.txt", "b.txt", "cd34", "乙局", 2024, "乙局|2024", "需整改", List.of(fee, period)),
                new RunRecord.ReportRecord("in/c.txt", "c.txt", "ef56", "丙局", 2024, "丙局|2024", "通过", List.of()));
        String id = store.newId(t.plusSeconds(60));
        RunRecord run = new RunRecord(new RunSummary(id, t.plusSeconds(60), "abc", 3, 2, 1, 2, 0, null, 0, 0), reports);
        store.save(run);

        RunRecord back = store.load(id).orElseThrow();
        assertThat(back.reports()).extracting(RunRecord.ReportRecord::fileName).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(back.reports().get(1).findings()).extracting(RunRecord.FindingRecord::rule)
                .containsExactly("FEE_NOT_DISCLOSED", "PERIOD_NOT_STATED");
        assertThat(back.reports().get(0).findings()).extracting(RunRecord.FindingRecord::rule).containsExactly("PERIOD_NOT_STATED");
        assertThat(back.reports().get(2).findings()).isEmpty();
        assertThat(back).isEqualTo(run);
    }

    @Test
    void listingTheRunsDoesNotWaitForARunThatIsWriting() throws Exception {
        RunStore writer = RunStore.in(out);
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        String first = writer.save(record(writer.newId(t), t));
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // another run holding the write lock, as a check does while it records itself
        var holding = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                writer.db().inTransaction(c -> {
                    locked.countDown();
                    try {
                        release.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(locked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var listing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (RunStore reader = RunStore.in(out)) {
                    return reader.list();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // before, opening the history wrote its schema check and waited up to the 120 s busy timeout
            assertThat(listing.get(10, java.util.concurrent.TimeUnit.SECONDS)).extracting(RunSummary::id).containsExactly(first);
        } finally {
            release.countDown();
            holding.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void twoRunsStartedInTheSameSecondGetTwoIds() throws Exception {
        Instant t = Instant.parse("2025-01-14T09:30:12Z");
        // both asked for an id before either saved, as two processes would
        RunStore a = RunStore.in(out), b = RunStore.in(out);
        String idA = a.newId(t), idB = b.newId(t);
        assertThat(idA).isEqualTo(idB);
        String savedA = a.save(record(idA, t));
        String savedB = b.save(record(idB, t));
        assertThat(savedB).isEqualTo(savedA + "-2");
        assertThat(RunStore.in(out).list()).hasSize(2);
    }

    @Test
    void formerJsonRecordsAreImportedOnceAndADamagedOneIsSkipped() throws Exception {
        Path runs = Files.createDirectories(out.resolve(".runs"));
        // the record of an earlier version, as it wrote them: no content hash, no database
        Files.writeString(runs.resolve("20250114-093012.json"), """
                {"summary":{"id":"20250114-093012","startedAt":"2025-01-14T09:30:12Z","rulesVersion":"abc","files":1,
                 "passed":1,"errors":0,"warnings":1,"infos":0,"comparedTo":null,"added":0,"fixed":0},
                 "reports":[{"file":"in/a.txt","fileName":"a.txt","agency":"某局","year":2024,"key":"某局|2024",
                 "verdict":"通过","findings":[{"fingerprint":"某局|2024|PERIOD_NOT_STATED|","rule":"PERIOD_NOT_STATED",
                 "severity":"WARN","message":"没有说明统计期限","line":3,"cellRefs":[]}]}]}""");
        Files.writeString(runs.resolve("20250115-000000.json"), "{\"summary\": {\"id\": ");

        List<RunSummary> listed = RunStore.in(out).list();
        assertThat(listed).extracting(RunSummary::id).containsExactly("20250114-093012");
        RunRecord imported = RunStore.in(out).load("20250114-093012").orElseThrow();
        assertThat(imported.reports().get(0).content()).isNull();
        assertThat(imported.reports().get(0).findings().get(0).toFinding().location().line()).isEqualTo(3);
        // opened again: nothing imported twice
        assertThat(RunStore.in(out).list()).hasSize(1);
        assertThat(RunStore.in(out).load("../../etc/passwd")).isEmpty();
    }

    @Test
    void noFolderMeansNoRunsAndNothingIsCreated() throws Exception {
        assertThat(RunStore.in(out.resolve("nothing-here")).list()).isEmpty();
        assertThat(RunStore.in(out.resolve("nothing-here")).latest()).isEmpty();
        assertThat(out.resolve("nothing-here")).doesNotExist();
    }
}
