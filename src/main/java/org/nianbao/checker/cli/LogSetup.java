package org.nianbao.checker.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Adjusts logging once the command line is known: a full log file beside the outputs (only once the run is
 * going to write there), and console detail with {@code --verbose}.
 */
final class LogSetup {

    /** Loggers that get the log file: the root, and the document libraries that do not reach the console. */
    private static final String[] FILE_LOGGERS = {Logger.ROOT_LOGGER_NAME, "org.apache.poi", "org.apache.pdfbox", "org.apache.fontbox"};

    /** Events logged before the log file is known to be wanted (see {@link #holdUntilLogFile}). */
    private static ListAppender<ILoggingEvent> held;

    private LogSetup() {
    }

    /**
     * Keeps log events in memory until {@link #logFile} writes them or {@link #dropHeld} drops them: files are read
     * while the rules compile, but a run whose rules do not compile must leave the output folder untouched.
     */
    static synchronized void holdUntilLogFile() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        held = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent e) {
                e.prepareForDeferredProcessing(); // the thread name and message as they are now, not at replay
                super.append(e);
            }
        };
        held.setContext(ctx);
        held.setName("HELD");
        held.start();
        for (String name : FILE_LOGGERS) ctx.getLogger(name).addAppender(held);
        ctx.getLogger("org.nianbao").setLevel(Level.DEBUG);
    }

    /** Forgets the held events: the run stops before writing anything. */
    static synchronized void dropHeld() {
        detachHeld();
    }

    /** Detaches the held events' appender and returns what it kept. */
    private static List<ILoggingEvent> detachHeld() {
        if (held == null) return List.of();
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : FILE_LOGGERS) ctx.getLogger(name).detachAppender(held);
        List<ILoggingEvent> events;
        synchronized (held) { // appenders append under their own lock
            events = new ArrayList<>(held.list);
        }
        held.stop();
        held = null;
        return events;
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

    static synchronized void logFile(Path file) {
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
        for (ILoggingEvent e : detachHeld()) fa.doAppend(e);
        // the document libraries do not reach the console (see logback.xml), only this file
        for (String name : FILE_LOGGERS) ctx.getLogger(name).addAppender(fa);
        ctx.getLogger("org.nianbao").setLevel(Level.DEBUG);
    }
}
