package org.nianbao.checker.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --rules DIR}, the rule folder, as every command that reads the rules takes it (a picocli mixin). */
final class RuleFolderOption {

    // run from elsewhere, the launcher passes the project folder (with a trailing slash) as checker.home
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${sys:checker.home:-}rules",
            description = "规则文件夹（.drl 和 settings.yaml），默认 ${DEFAULT-VALUE} / rule folder")
    Path dir;
}
