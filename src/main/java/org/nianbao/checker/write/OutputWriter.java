package org.nianbao.checker.write;

import java.io.IOException;
import java.nio.file.Path;

import org.nianbao.checker.model.RunResults;

/**
 * One of a run's outputs: findings.json ({@link JsonFindingsWriter}), the agency workbooks ({@link AgencyWorkbooks})
 * or summary.xlsx ({@link SummaryWorkbookWriter}), written from the run's results.
 */
public interface OutputWriter {

    /**
     * Writes this output of {@code results} to {@code target}: a file, or the folder the agency workbooks go into.
     * Each file is written atomically: on failure the one there before stays as it was.
     */
    void write(RunResults results, Path target) throws IOException;
}
