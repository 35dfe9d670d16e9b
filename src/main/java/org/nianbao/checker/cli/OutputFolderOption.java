package org.nianbao.checker.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --out DIR}, the output folder, as every command that writes or reads a run's outputs and records takes
 * it (a picocli mixin).
 */
final class OutputFolderOption {

    // run from elsewhere, the launcher passes the project folder (with a trailing slash) as checker.home
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:checker.home:-}reports-out",
            description = "输出文件夹，默认 ${DEFAULT-VALUE} / output folder")
    Path dir;
}
