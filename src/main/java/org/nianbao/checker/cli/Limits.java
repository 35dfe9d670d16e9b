package org.nianbao.checker.cli;

import java.time.Duration;

/**
 * What one file may cost before it is given up with a finding rather than holding up or breaking the run.
 *
 * @param maxBytes largest file that is read at all
 * @param maxTime  longest a single file may take from reading to findings
 */
public record Limits(long maxBytes, Duration maxTime) {

    public static final Limits DEFAULT = new Limits(30L * 1024 * 1024, Duration.ofSeconds(60));
}
