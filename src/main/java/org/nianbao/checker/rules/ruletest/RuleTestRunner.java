package org.nianbao.checker.rules.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.kie.api.definition.rule.Rule;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.RuleBase;

/**
 * Runs the rule-test files of a rule folder ({@code tests/*.yaml}): reads every file first (a mistake in any of
 * them stops the run, with file and line), then checks each case's report and judges its findings.
 */
public final class RuleTestRunner {

    public static final String TESTS_DIR = "tests";

    private final Path ruleDir;
    private final Set<String> ruleIds;
    private final CheckerSettings folderSettings;
    private final CaseChecker checker;

    /**
     * @param folderSettings the rule folder's settings.yaml, for cases without {@code settings:}
     */
    public RuleTestRunner(Path ruleDir, Set<String> ruleIds, CheckerSettings folderSettings, CaseChecker checker) {
        this.ruleDir = ruleDir;
        this.ruleIds = Set.copyOf(ruleIds);
        this.folderSettings = folderSettings;
        this.checker = checker;
    }

    /** Every rule ID the compiled rules declare (helpers have none). */
    public static Set<String> ruleIds(RuleBase base) {
        Set<String> ids = new LinkedHashSet<>();
        for (Rule r : base.rules()) {
            Object id = r.getMetaData().get("id");
            if (id != null) ids.add(unquote(id.toString()));
        }
        return ids;
    }

    /** The test files of a rule folder: *.yaml and *.yml under tests/, in name order. */
    public static List<Path> testFiles(Path ruleDir) throws IOException {
        Path dir = ruleDir.resolve(TESTS_DIR);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i)[^~.].*\\.ya?ml"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** Reads all files; throws with every problem of every file. */
    public List<RuleTestCase> load(List<Path> files) throws TestFileException {
        List<RuleTestCase> cases = new ArrayList<>();
        List<TestFileProblem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                cases.addAll(TestFileReader.read(ruleDir, ruleIds, f));
            } catch (TestFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new TestFileException(problems);
        return cases;
    }

    /** Loads and runs every case, telling {@code onEach} about each result as it comes. */
    public List<CaseResult> run(List<Path> files, Consumer<CaseResult> onEach) throws TestFileException, IOException {
        List<RuleTestCase> cases = load(files);
        List<CaseResult> results = new ArrayList<>(cases.size());
        Path tmp = Files.createTempDirectory("rule-tests");
        try {
            for (int i = 0; i < cases.size(); i++) {
                CaseResult r = run(cases.get(i), tmp.resolve("case-" + (i + 1)));
                results.add(r);
                onEach.accept(r);
            }
        } finally {
            delete(tmp);
        }
        return results;
    }

    /** @param scratch an empty folder for the case's report file when it is given as text */
    CaseResult run(RuleTestCase c, Path scratch) throws IOException {
        Path input = c.file();
        if (c.text() != null) {
            Files.createDirectories(scratch);
            input = scratch.resolve(c.inputName());
            Files.writeString(input, c.text());
        }
        CheckerSettings settings = c.settings() != null ? c.settings() : folderSettings;
        if (c.alongside().isEmpty()) return CaseJudge.judge(c, checker.check(input, settings).findings());
        // the other reports first, as the case's own would meet them in a run
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (RuleTestCase.Alongside a : c.alongside()) {
            Path f = a.file();
            if (a.text() != null) {
                Path dir = Files.createDirectories(scratch.resolve("alongside-" + (++n)));
                f = Files.writeString(dir.resolve(a.inputName()), a.text());
            }
            files.add(f);
        }
        files.add(input);
        List<CheckedReport> checked = checker.checkTogether(files, settings);
        return CaseJudge.judge(c, checked.get(checked.size() - 1).findings());
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
