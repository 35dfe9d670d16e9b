package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.ParsedReport;

/**
 * Which checked reports a run holds whole until the workbooks are written, and reading the others again for their
 * workbook. Why: a whole checked report takes about 23 KB, mostly table cells. Past the first few thousand
 * reports a run holds only the report, its findings and its tables' outline ({@link ParsedReport#outline}), a
 * fraction of that; the workbook writer then parses such a file again, which gives the same cells. A file changed
 * since it was checked is not read again: its workbook shows the tables as not read, and the log says why.
 */
public final class TableDetail {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableDetail.class);

    /** About what one whole checked report takes in memory (23 KB measured over 4,000 generated reports). */
    private static final long BYTES_PER_REPORT = 25_000;

    private final ReportPipeline reading;
    private final int kept;
    private final Map<String, Stamp> outlined = new ConcurrentHashMap<>();
    private int seen;

    private record Stamp(long size, long modified) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    /** Keeps the cells of the first {@code kept} reports; {@code reading} parses the others again. */
    public TableDetail(ReportPipeline reading, int kept) {
        this.reading = reading;
        this.kept = kept;
    }

    /** The number kept whole by default: a quarter of the heap's limit (with the launcher's 512 MB, about 5,400). */
    public static int defaultKept() {
        String forced = System.getProperty("checker.tablesInMemory"); // tests exercise the re-reading with a small number
        if (forced != null) return Integer.parseInt(forced);
        return (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_REPORT);
    }

    /** What the run holds of {@code r}, called once per report in input order. */
    CheckedReport hold(CheckedReport r) {
        if (seen++ < kept) return r;
        if (r.parsed().tables().stream().anyMatch(t -> !t.cells().isEmpty())) {
            try {
                outlined.put(r.report().file(), Stamp.of(Path.of(r.report().file())));
            } catch (IOException e) {
                return r; // cannot tell later whether the file changed: keep it whole
            }
        }
        return new CheckedReport(r.parsed().outline(), r.findings());
    }

    /** {@code r} with its table cells again, for its workbook; the same findings (so their 状态 still applies). */
    public CheckedReport restore(CheckedReport r) {
        Stamp then = outlined.get(r.report().file());
        if (then == null) return r;
        Path file = Path.of(r.report().file());
        try {
            if (!then.equals(Stamp.of(file))) {
                LOG.warn("{}: changed since it was checked; its workbook shows the tables as not read", file);
                return r;
            }
        } catch (IOException e) {
            LOG.warn("{}: cannot be read again ({}); its workbook shows the tables as not read", file, e.getMessage());
            return r;
        }
        ParsedReport again = reading.parse(file);
        return new CheckedReport(again.withoutSectionText(), r.findings());
    }
}
