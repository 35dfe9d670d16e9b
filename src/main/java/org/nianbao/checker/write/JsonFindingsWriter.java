package org.nianbao.checker.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.RunInfo;

/**
 * Writes {@code findings.json}: one entry per input file in input order, every key always present ({@code null}
 * where it does not apply), streamed so that memory does not grow with the number of findings.
 */
public final class JsonFindingsWriter {

    public static final String FILE_NAME = "findings.json";
    // the caller owns the stream (AtomicOutput syncs it after we finish), so the generator must not close it
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    public void write(List<CheckedReport> reports, RunInfo run, Path target) throws IOException {
        AtomicOutput.write(target, out -> write(reports, run, out));
    }

    void write(List<CheckedReport> reports, RunInfo run, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generatedAt", run.generatedAt().toString());
            g.writeStringField("rulesVersion", run.rulesVersion());
            g.writeArrayFieldStart("reports");
            for (CheckedReport r : reports) report(g, r);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void report(JsonGenerator g, CheckedReport checked) throws IOException {
        Report r = checked.report();
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("agency", r.agency());
        if (r.year() == null) g.writeNullField("year"); else g.writeNumberField("year", r.year());
        g.writeStringField("template", r.template());
        g.writeStringField("format", r.format() == null ? null : r.format().name());
        g.writeStringField("verdict", checked.verdict());
        g.writeArrayFieldStart("findings");
        for (Finding f : checked.findings()) finding(g, f);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity());
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
        g.writeEndObject();
    }
}
