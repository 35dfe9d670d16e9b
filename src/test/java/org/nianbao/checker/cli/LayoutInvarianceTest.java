package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.run.ReportPipeline;
import org.nianbao.checker.run.RuleSetup;

/**
 * Layout is not content: every seed and every real crawled report, rewritten the ways real copies are damaged
 * ({@link Rewrites}: one line, cells glued, markdown, bold headings, CRLF, ideographic indents, heading and first
 * sentence on one line, page footers inside tables, inside a CMS page), gets the same verdict as the original:
 * the same agency and year, no ERROR the original does not have, and no finding of the original lost — except that
 * on one line, where a copy loses the table's cell borders, findings that need the cells may become
 * TABLE_UNREADABLE for that table.
 */
class LayoutInvarianceTest {

    /** Findings that need the cells of a table: on one line they may turn into TABLE_UNREADABLE. */
    private static final Set<String> CELL_RULES = Set.of("T3_BALANCE", "T3_ROW_TOTAL", "T3_OUTCOME_TOTAL", "T4_TOTAL",
            "CELL_BLANK", "CELL_MALFORMED", "NEGATIVE_VALUE", "TEXT_TABLE_MISMATCH", "TABLE_INCOMPLETE");

    @TempDir
    static Path dir;
    static ReportPipeline pipeline;
    static final Map<Path, CheckedReport> ORIGINALS = new HashMap<>();

    @BeforeAll
    static void rules() throws Exception {
        RuleSetup setup = RuleSetup.load(Path.of("rules"), new PrintWriter(new StringWriter()));
        pipeline = new ReportPipeline(Readers.standard(), new ReportParser(setup.settings().parser()),
                new ReportChecker(setup.rules(), setup.settings()));
    }

    static Stream<Path> sources() throws Exception {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("reports-in"), Path.of("src/test/resources/corpus/real-web"))) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    static Stream<Arguments> cases() throws Exception {
        return sources().flatMap(p -> Stream.of(Rewrites.values()).map(r -> Arguments.of(p.getFileName().toString(), r, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theRewrittenReportGetsTheOriginalsVerdict(String name, Rewrites rewrite, Path source) throws Exception {
        CheckedReport original = ORIGINALS.computeIfAbsent(source, pipeline::check);
        List<String> titles = original.parsed().sections().stream().map(Section::title).toList();
        Rewrites.Source text = new Rewrites.Source(Files.readString(source), titles, original.report().title());
        // -Drewrites.keep=DIR keeps the rewritten files for a look
        Path into = System.getProperty("rewrites.keep") == null ? dir : Files.createDirectories(Path.of(System.getProperty("rewrites.keep")));
        Path copy = into.resolve(name.replace(".txt", "") + "." + rewrite.name().toLowerCase() + "." + rewrite.extension());
        Files.writeString(copy, rewrite.text(text), StandardCharsets.UTF_8);
        CheckedReport rewritten = pipeline.check(copy);

        String shown = rewrite + " of " + name + ": " + ids(original) + " → " + ids(rewritten);
        // -Drewrites.matrix=FILE appends one line per case: what the rewrite changed in the findings
        if (System.getProperty("rewrites.matrix") != null) {
            List<String> added = new ArrayList<>(ids(rewritten)), lost = new ArrayList<>(ids(original));
            ids(original).forEach(added::remove);
            ids(rewritten).forEach(lost::remove);
            Files.writeString(Path.of(System.getProperty("rewrites.matrix")), name + "\t" + rewrite + "\t" + rewritten.verdict()
                    + "\t+" + added + "\t-" + lost + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        assertThat(rewritten.report().agency()).as(shown).isEqualTo(original.report().agency());
        assertThat(rewritten.report().year()).as(shown).isEqualTo(original.report().year());
        assertThat(rewritten.verdict()).as(shown).isEqualTo(original.verdict());
        // every ERROR of the copy is one of the original's: same rule, table and cell
        List<String> originalErrors = errors(original);
        for (String error : errors(rewritten)) {
            assertThat(originalErrors).as(shown + ": an ERROR the original does not have").contains(error);
            originalErrors.remove(error);
        }
        boolean bordersLost = rewrite == Rewrites.ONE_LINE || rewrite == Rewrites.ONE_LINE_GLUED;
        for (Finding f : original.findings()) {
            if (f.rule().equals("TABLE_UNREADABLE")) continue;
            if (bordersLost && CELL_RULES.contains(f.rule()) && unreadable(rewritten, f.table())) continue;
            assertThat(ids(rewritten)).as(shown + ": " + f.rule() + " lost").contains(f.rule());
        }
    }

    private static boolean unreadable(CheckedReport r, String table) {
        return r.findings().stream().anyMatch(f -> f.rule().equals("TABLE_UNREADABLE") && (table == null || table.equals(f.table())));
    }

    private static List<String> errors(CheckedReport r) {
        List<String> errors = new ArrayList<>();
        for (Finding f : r.findings()) if (f.severity() == Severity.ERROR) errors.add(f.rule() + " " + f.table() + " " + f.cell());
        return errors;
    }

    private static List<String> ids(CheckedReport r) {
        return r.findings().stream().map(Finding::rule).sorted().toList();
    }
}
