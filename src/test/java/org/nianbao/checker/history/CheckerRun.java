package org.nianbao.checker.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.checker.cli.CheckerCommand;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code ./checker} would, and reads back what it wrote. */
public record CheckerRun(int exitCode, String out, String err) {

    public static CheckerRun of(String... args) {
        CommandLine cl = new CommandLine(new CheckerCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CheckerRun(code, out.toString(), err.toString());
    }

    public static JsonNode json(Path outDir) throws IOException {
        return new ObjectMapper().readTree(outDir.resolve("findings.json").toFile());
    }

    /** The report whose file name ends with {@code end}. */
    public static JsonNode report(JsonNode json, String end) {
        for (JsonNode r : json.get("reports")) if (r.get("file").asText().endsWith(end)) return r;
        throw new AssertionError("no report for " + end);
    }

    /** "RULE status" for each finding of a report, e.g. "T3_BALANCE 新增". */
    public static List<String> statuses(JsonNode report) {
        List<String> s = new ArrayList<>();
        for (JsonNode f : report.get("findings")) s.add(f.get("rule").asText() + " " + f.get("status").asText());
        return s;
    }

    public static XSSFWorkbook workbook(Path file) throws IOException {
        try {
            return new XSSFWorkbook(file.toFile());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Each row of a sheet as its cells' text ("" for blank and numbers as written by POI's formatter). */
    public static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    public static String[] args(Object... parts) {
        String[] a = new String[parts.length];
        for (int i = 0; i < parts.length; i++) a[i] = parts[i] instanceof Path p ? p.toString() : String.valueOf(parts[i]);
        return a;
    }
}
