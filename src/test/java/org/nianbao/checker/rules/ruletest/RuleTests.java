package org.nianbao.checker.rules.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.nianbao.checker.run.PipelineCaseChecker;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.RuleBase;
import org.nianbao.checker.rules.RuleValidator;

/** A rule folder compiled and validated the way {@code checker rules test} does it, with the real pipeline. */
record RuleTests(RuleBase base, RuleTestRunner runner) {

    static RuleTests of(Path ruleDir) throws Exception {
        CheckerSettings settings = CheckerSettings.load(ruleDir);
        RuleBase base = RuleBase.compile(ruleDir);
        RuleValidator.validate(base);
        RuleTestRunner runner = new RuleTestRunner(ruleDir, RuleTestRunner.ruleIds(base), settings,
                new PipelineCaseChecker(base));
        return new RuleTests(base, runner);
    }

    List<CaseResult> run(List<Path> files) throws Exception {
        List<CaseResult> results = new ArrayList<>();
        runner.run(files, results::add);
        return results;
    }

    /** rules/ (DRL, settings.yaml, tests/ with its samples) and the seed reports the cases use, copied into {@code into}. */
    static Path copyRules(Path into) throws IOException {
        copyTree(Path.of("reports-in"), into.resolve("reports-in"));
        return copyTree(Path.of("rules"), into.resolve("rules"));
    }

    private static Path copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }
}
