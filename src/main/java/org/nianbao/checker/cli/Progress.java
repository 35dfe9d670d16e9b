package org.nianbao.checker.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A console progress bar for long runs, on stderr. It is shown only on a terminal: the bar redraws itself with
 * {@code \r}, which would flood a log file or CI output, so when {@code System.console()} is null (or the run is
 * quiet or short) this does nothing.
 */
final class Progress implements AutoCloseable {

    /** Fewer files than this finish before a bar would help. */
    static final int LONG_RUN = 20;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Whether a run of {@code files} files shows bars instead of one line per file. */
    static boolean shown(int files, boolean quiet) {
        return !quiet && files >= LONG_RUN && System.console() != null;
    }

    /** A bar named {@code task} counting to {@code max}, or a silent one when {@code show} is false. */
    static Progress start(String task, int max, boolean show) {
        if (!show) return new Progress(null);
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build());
    }

    void step() {
        if (bar != null) bar.step();
    }

    /** Moves to {@code n} done; callers on several threads may report out of order, so it never goes back. */
    synchronized void stepTo(long n) {
        if (bar != null && n > bar.getCurrent()) bar.stepTo(n);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
