package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

/** Runs the command line in-process, as the launcher would, and captures what it prints. */
public final class CheckRunner {

    public record Run(int exitCode, String out, String err) {
    }

    public static Run run(String... args) {
        CommandLine cl = CheckerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    public static JsonNode findings(Path outDir) throws Exception {
        return new ObjectMapper().readTree(outDir.resolve("findings.json").toFile());
    }

    public static JsonNode report(JsonNode json, String fileNameEnd) {
        for (JsonNode r : json.get("reports")) if (r.get("file").asText().endsWith(fileNameEnd)) return r;
        throw new AssertionError("no report for " + fileNameEnd + " in " + json);
    }

    public static java.util.List<String> rules(JsonNode report) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode f : report.get("findings")) ids.add(f.get("rule").asText());
        return ids;
    }

    public static java.util.List<String> rules(JsonNode report, String severity) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("severity").asText().equals(severity)) ids.add(f.get("rule").asText());
        return ids;
    }

    private CheckRunner() {
    }
}
