package org.nianbao.checker.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.read.TextReader;

/** Parses report text the way a run does, for parser tests. */
final class Parsing {

    static ParsedReport text(String text) {
        Document doc = new Document(Path.of("snippet.txt"), SourceFormat.TXT, TextReader.toBlocks(text), null);
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(doc);
        return new ReportParser(ParserSettings.defaults()).parse(n.document(), n.flags());
    }

    static ParsedReport seed(String name) throws Exception {
        return text(Files.readString(Path.of("reports-in", name)));
    }

    static List<Double> row(ParsedReport p, String table, String row) {
        var t = p.table(table);
        return t.columns().stream().map(c -> t.cell(row, c) == null ? null : t.cell(row, c).value()).toList();
    }

    private Parsing() {
    }
}
