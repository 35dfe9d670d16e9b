package org.nianbao.checker.history;

import java.time.Instant;

/**
 * The head of a recorded run, what {@code checker runs} lists: id, time, files, verdicts and findings by
 * severity, rules version, and how it compared with the run before it.
 *
 * @param comparedTo id of the run it was compared with, null on a first check
 * @param added      findings 新增 compared with that run
 * @param fixed      findings 已整改 compared with that run
 */
public record RunSummary(String id, Instant startedAt, String rulesVersion, int files, int passed,
                         long errors, long warnings, long infos, String comparedTo, long added, long fixed) {
}
