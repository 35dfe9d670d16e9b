package org.nianbao.checker.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Facts about one run that every output states: when it ran and which rules it used.
 *
 * @param rulesVersion a short fingerprint of the rule files' contents, so two workbooks can be compared
 * @param needs        what the rules declare they need (@needs), for the 未能评估 sheet
 */
public record RunInfo(Instant generatedAt, Path rulesDir, String rulesVersion, CheckNeeds needs) {

    public RunInfo {
        if (needs == null) needs = CheckNeeds.NONE;
    }
}
