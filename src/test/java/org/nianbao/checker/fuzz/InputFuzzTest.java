package org.nianbao.checker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.run.ReportPipeline;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.rules.RuleBase;

/**
 * Property: whatever bytes arrive, every reader, the parser and the rules end with a report entry — at worst
 * INPUT_UNREADABLE — and never an exception, an internal error turned into a finding, or a rule that fails. Seeded with the real inputs (the seeds, the real PDFs and the
 * fixtures in every format). The suite runs a short pass; a long one is
 * {@code mvn -B test -Dtest=InputFuzzTest -Dfuzz.iterations=20000 -Dfuzz.seed=N}. Crashing inputs are kept
 * under target/fuzz-crashes/ for replay.
 */
class InputFuzzTest {

    @TempDir
    Path dir;

    @Test
    void noInputEscapesAsAnException() throws Exception {
        int iterations = Integer.getInteger("fuzz.iterations", 150);
        long seed = Long.getLong("fuzz.seed", 20261121L);
        List<Path> corpus = corpus();
        assertThat(corpus).isNotEmpty();
        CheckerSettings settings = CheckerSettings.load(Path.of("rules"));
        ReportPipeline pipeline = new ReportPipeline(Readers.standard(), new ReportParser(settings.parser()),
                new ReportChecker(RuleBase.compile(Path.of("rules")), settings));
        Mutator mutator = new Mutator(seed);
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Path original = corpus.get(i % corpus.size());
            String name = original.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
            boolean text = ext.equals(".txt") || ext.equals(".html");
            byte[] bytes = mutator.mutate(Files.readAllBytes(original), text);
            Path input = dir.resolve("case-" + i + mutator.extension(ext));
            Files.write(input, bytes);
            try {
                CheckedReport r = pipeline.check(input);
                assertThat(r.report()).isNotNull();
                assertThat(r.findings()).isNotNull();
                // a bug caught and reported is still a bug: an internal error or a shipped rule that failed
                for (Finding f : r.findings()) {
                    boolean internal = "INPUT_UNREADABLE".equals(f.rule()) && f.evidence() != null && f.evidence().contains("内部错误");
                    if (internal || "RULE_FAILED".equals(f.rule())) throw new AssertionError(f.rule() + ": " + f.evidence());
                }
            } catch (Throwable t) {
                Path keep = Files.createDirectories(Path.of("target/fuzz-crashes")).resolve(input.getFileName());
                Files.copy(input, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                crashes.add(keep + " (from " + name + "): " + t);
            } finally {
                Files.deleteIfExists(input);
            }
        }
        assertThat(crashes).as("inputs that escaped as exceptions (replay them from target/fuzz-crashes)").isEmpty();
    }

    /** Every real input in the repository: seeds, corpus PDFs and DOCX, format fixtures, damaged files. */
    static List<Path> corpus() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("reports-in"), Path.of("src/test/resources/corpus"), Path.of("src/test/resources/fixtures"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                // the scans are read by OCR, seconds a page: mutating them would test PDFBox as the other PDFs do, only slower
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md"))
                        .filter(p -> !p.startsWith(Path.of("src/test/resources/fixtures/scans"))).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
