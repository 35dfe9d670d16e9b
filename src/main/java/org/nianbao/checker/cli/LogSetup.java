package org.nianbao.checker.cli;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Adjusts logging once the command line is known: a full log file beside the outputs (only once the run is
 * going to write there), and console detail with {@code --verbose}.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void verbose(boolean on) {
        if (!on) return;
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.getLogger("org.nianbao").setLevel(Level.DEBUG);
        Appender<?> console = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        if (console instanceof ConsoleAppender<?> c) {
            c.clearAllFilters();
            ThresholdFilter f = new ThresholdFilter();
            f.setLevel("DEBUG");
            f.start();
            ((ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) c).addFilter(f);
        }
    }

    static void logFile(Path file) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n");
        enc.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> fa = new FileAppender<>();
        fa.setContext(ctx);
        fa.setName("FILE");
        fa.setFile(file.toString());
        fa.setAppend(false);
        fa.setEncoder(enc);
        fa.start();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(fa);
        // the document libraries do not reach the console (see logback.xml), only this file
        for (String quiet : new String[]{"org.apache.poi", "org.apache.pdfbox", "org.apache.fontbox"}) {
            ctx.getLogger(quiet).addAppender(fa);
        }
        ctx.getLogger("org.nianbao").setLevel(Level.DEBUG);
    }
}
