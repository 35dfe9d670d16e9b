package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.run.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What files read ahead log before the rules have compiled reaches checker.log, or nothing does. */
class LogSetupTest {

    private static final Logger PIPELINE = LoggerFactory.getLogger(ReportPipeline.class);
    private static final Logger PDFBOX = LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType0Font");

    @Test
    void heldEventsAreWrittenFirstWithTheThreadThatLoggedThem(@TempDir Path dir) throws Exception {
        // the test configuration silences PDFBox; the product's lets its warnings through to the log file only
        var pdfbox = (ch.qos.logback.classic.Logger) PDFBOX;
        pdfbox.setLevel(ch.qos.logback.classic.Level.WARN);
        LogSetup.holdUntilLogFile();
        Thread reader = new Thread(() -> {
            PIPELINE.warn("held-warning-7f3a: internal error, reported as unreadable");
            PDFBOX.warn("held-font-7f3a: No glyph for U+4E00");
        }, "read-ahead");
        reader.start();
        reader.join();
        Path log = dir.resolve("checker.log");
        LogSetup.logFile(log);
        PIPELINE.debug("after-7f3a");
        pdfbox.setLevel(null);

        String text = Files.readString(log);
        assertThat(text).contains("[read-ahead] WARN").contains("held-warning-7f3a").contains("held-font-7f3a");
        assertThat(text.indexOf("held-warning-7f3a")).isLessThan(text.indexOf("after-7f3a"));
    }

    @Test
    void droppedEventsGoNowhere(@TempDir Path dir) throws Exception {
        LogSetup.holdUntilLogFile();
        PIPELINE.warn("dropped-9c1e");
        LogSetup.dropHeld();
        Path log = dir.resolve("checker.log");
        LogSetup.logFile(log);
        PIPELINE.debug("later-9c1e");
        assertThat(Files.readString(log)).contains("later-9c1e").doesNotContain("dropped-9c1e");
    }
}
