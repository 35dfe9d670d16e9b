package org.nianbao.checker.rules;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.TextReader;

/** The shipped rules, compiled once for all rule tests, run over report text. */
final class Rules {

    private static RuleBase base;
    private static CheckerSettings settings;

    static synchronized ReportChecker checker() throws Exception {
        if (base == null) {
            settings = CheckerSettings.load(Path.of("rules"));
            base = RuleBase.compile(Path.of("rules"));
        }
        return new ReportChecker(base, settings);
    }

    static CheckedReport check(String text) throws Exception {
        Document doc = new Document(Path.of("snippet.txt"), SourceFormat.TXT, TextReader.toBlocks(text), null);
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(doc);
        checker();
        return checker().check(new ReportParser(settings.parser()).parse(n.document(), n.flags()));
    }

    static List<Finding> findings(CheckedReport r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private Rules() {
    }
}
