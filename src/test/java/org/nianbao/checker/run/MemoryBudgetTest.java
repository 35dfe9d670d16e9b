package org.nianbao.checker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files take memory by their size; one whose share is the whole budget waits until it can be read alone. */
class MemoryBudgetTest {

    @Test
    void aLargeFileWaitsForTheOthersAndThenHasTheBudgetToItself(@TempDir Path dir) throws Exception {
        MemoryBudget budget = new MemoryBudget(512L << 20);
        Path small = Files.writeString(dir.resolve("small.txt"), "一、总体情况");
        Path large = sized(dir.resolve("large.txt"), 28L << 20);
        assertThat(budget.isLarge(large)).isTrue();
        assertThat(budget.isLarge(small)).isFalse();

        MemoryBudget.Share first = budget.acquire(small);
        CompletableFuture<MemoryBudget.Share> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.acquire(large);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            waiting.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("the large file did not wait for the small one");
        } catch (TimeoutException expected) {
            // still waiting, as it should
        }
        first.close();
        MemoryBudget.Share alone = waiting.get(5, TimeUnit.SECONDS);
        CompletableFuture<MemoryBudget.Share> next = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.acquire(small);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(next).failsWithin(300, TimeUnit.MILLISECONDS);
        alone.close();
    }

    @Test
    void smallFilesDoNotHoldEachOtherBack(@TempDir Path dir) throws Exception {
        MemoryBudget budget = new MemoryBudget(512L << 20);
        Path a = sized(dir.resolve("a.txt"), 200_000);
        try (MemoryBudget.Share s1 = budget.acquire(a); MemoryBudget.Share s2 = budget.acquire(a);
             MemoryBudget.Share s3 = budget.acquire(a); MemoryBudget.Share s4 = budget.acquire(a)) {
            assertThat(s4).isNotNull();
        }
    }

    private static Path sized(Path p, long bytes) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }
}
