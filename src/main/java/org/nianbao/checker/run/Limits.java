package org.nianbao.checker.run;

import java.time.Duration;

/**
 * What one file may cost before it is given up with a finding rather than holding up or breaking the run.
 *
 * @param maxBytes    largest file that is read at all
 * @param maxTime     longest a single file may take from reading to findings; a scan gets this for every page it
 *                    recognises
 * @param maxScanTime the most a scanned file gets in all, however many pages it has
 */
public record Limits(long maxBytes, Duration maxTime, Duration maxScanTime) {

    public static final Duration DEFAULT_SCAN_TIME = Duration.ofMinutes(10);
    public static final Limits DEFAULT = new Limits(30L * 1024 * 1024, Duration.ofSeconds(60), DEFAULT_SCAN_TIME);

    public Limits(long maxBytes, Duration maxTime) {
        this(maxBytes, maxTime, DEFAULT_SCAN_TIME);
    }

    /** The clock of one file's reading. */
    public org.nianbao.checker.read.ReadingTime startReading() {
        return org.nianbao.checker.read.ReadingTime.start(maxTime, maxScanTime);
    }
}
