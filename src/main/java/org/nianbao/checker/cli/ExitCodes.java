package org.nianbao.checker.cli;

/** The process exit codes the README documents. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int ERRORS_FOUND = 1;
    static final int CANNOT_RUN = 2;

    private ExitCodes() {
    }
}
