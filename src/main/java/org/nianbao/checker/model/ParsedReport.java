package org.nianbao.checker.model;

import java.util.ArrayList;
import java.util.List;

/** Everything the parser learned about one file: the facts handed to the rules. */
public record ParsedReport(Report report, List<Section> sections, List<ReportTable> tables, List<Statement> statements,
                           List<DocumentFlag> flags, List<FormatMarker> markers) {

    public ParsedReport {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        statements = List.copyOf(statements);
        flags = List.copyOf(flags);
        markers = List.copyOf(markers);
    }

    /**
     * The facts without the sections' body text, which only the rules read: what is kept for the outputs once a
     * report is checked, so that memory stays flat over thousands of reports.
     */
    public ParsedReport withoutSectionText() {
        List<Section> slim = new ArrayList<>(sections.size());
        for (Section s : sections) {
            slim.add(new Section(s.kind(), s.number(), s.numberValue(), s.numberStyle(), s.title(), s.order(), s.location(), ""));
        }
        return new ParsedReport(report, slim, tables, statements, flags, markers);
    }

    /**
     * What the outputs other than the agency workbook use: the report and its tables' outline (rows, columns,
     * what is missing; findings sort by cell with it), without cells, sections, statements and markers. A run
     * holds only this for reports beyond its memory share; the workbook reads the file again (see run.TableDetail).
     */
    public ParsedReport outline() {
        List<ReportTable> outlines = new ArrayList<>(tables.size());
        for (ReportTable t : tables) outlines.add(t.withoutCells());
        return new ParsedReport(report, List.of(), outlines, List.of(), List.of(), List.of());
    }

    public ReportTable table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst().orElse(null);
    }

    /** Every fact, in the order the session receives them. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        all.addAll(sections);
        all.addAll(tables);
        for (ReportTable t : tables) all.addAll(t.cells().values());
        all.addAll(statements);
        all.addAll(flags);
        all.addAll(markers);
        return all;
    }
}
