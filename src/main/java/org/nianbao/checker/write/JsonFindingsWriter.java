package org.nianbao.checker.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.FindingOrder;
import org.nianbao.checker.model.FindingStatus;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportChanges;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.RunResults;
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Triage;

/**
 * Writes {@code findings.json}: one entry per input file in input order, every key always present ({@code null}
 * where it does not apply), streamed so that memory does not grow with the number of findings.
 */
public final class JsonFindingsWriter implements OutputWriter {

    public static final String FILE_NAME = "findings.json";
    // the caller owns the stream (AtomicOutput syncs it after we finish), so the generator must not close it
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * Writes findings.json; when the run's changes are tracked it adds {@code "comparedTo"} (the earlier run's id,
     * null on a first check), a {@code "status"} per finding (新增 / 仍存在) and a {@code "fixed"} list per report
     * (the earlier findings that are gone, in the same shape as findings). Each report has a list
     * {@code "dismissed"}: its findings an officer marked 误报 (not in {@code "findings"}), each with
     * {@code "triage"} and {@code "note"}.
     */
    @Override
    public void write(RunResults results, Path target) throws IOException {
        AtomicOutput.write(target, out -> write(results, out));
    }

    private static void write(RunResults results, OutputStream out) throws IOException {
        RunInfo run = results.run();
        RunChanges changes = results.changes();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generatedAt", run.generatedAt().toString());
            g.writeStringField("rulesVersion", run.rulesVersion());
            if (changes.tracked()) {
                g.writeStringField("comparedTo", changes.previous() == null ? null : changes.previous().id());
            }
            g.writeArrayFieldStart("reports");
            for (CheckedReport r : results.reports()) report(g, r, changes, results.triage());
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void report(JsonGenerator g, CheckedReport checked, RunChanges changes, RunTriage triage)
            throws IOException {
        ReportChanges c = changes.tracked() ? changes.of(checked) : null;
        Report r = checked.report();
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("agency", r.agency());
        // where the name came from (标题, 落款, 网页发布机构 …; on a scan whether it was corrected from the body)
        g.writeStringField("agencySource", r.agencySource());
        if (r.year() == null) g.writeNullField("year"); else g.writeNumberField("year", r.year());
        g.writeStringField("template", r.template());
        g.writeStringField("format", r.format() == null ? null : r.format().name());
        g.writeStringField("verdict", checked.verdict().label());
        g.writeArrayFieldStart("findings");
        for (Finding f : ordered(checked.findings(), FindingOrder.of(checked.parsed()))) {
            finding(g, f, c == null ? null : c.statusOf(f));
        }
        g.writeEndArray();
        if (c != null) {
            g.writeArrayFieldStart("fixed");
            for (Finding f : ordered(c.fixed(), FindingOrder.of(null))) finding(g, f, FindingStatus.FIXED);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("dismissed");
        for (Finding f : triage.dismissed(checked)) {
            Triage t = triage.of(checked.report(), f);
            g.writeStartObject();
            fields(g, f);
            g.writeStringField("triage", t == null || t.decision() == null ? null : t.decision().label());
            g.writeStringField("note", t == null ? null : t.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The findings in the order the workbooks list them too. */
    private static List<Finding> ordered(List<Finding> findings, Comparator<Finding> order) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        return sorted;
    }

    private static void finding(JsonGenerator g, Finding f, FindingStatus status) throws IOException {
        g.writeStartObject();
        fields(g, f);
        if (status != null) g.writeStringField("status", status.label());
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Finding f) throws IOException {
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("section", f.section());
        g.writeStringField("table", f.table());
        g.writeStringField("cell", f.cell());
        g.writeStringField("message", f.message());
        g.writeStringField("messageEn", f.messageEn());
        g.writeStringField("expected", f.expected());
        g.writeStringField("actual", f.actual());
        g.writeStringField("evidence", f.evidence());
        g.writeObjectFieldStart("location");
        Location l = f.location() == null ? Location.NONE : f.location();
        if (l.page() == null) g.writeNullField("page"); else g.writeNumberField("page", l.page());
        if (l.line() == null) g.writeNullField("line"); else g.writeNumberField("line", l.line());
        g.writeEndObject();
        g.writeStringField("basis", f.basis());
        g.writeStringField("hint", f.hint());
    }
}
