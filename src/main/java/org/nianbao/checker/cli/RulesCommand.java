package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kie.api.definition.rule.Rule;

import org.nianbao.checker.rules.ruletest.CaseResult;
import org.nianbao.checker.rules.ruletest.RuleTestPrinter;
import org.nianbao.checker.rules.ruletest.RuleTestRunner;
import org.nianbao.checker.rules.ruletest.TestFileException;
import org.nianbao.checker.run.PipelineCaseChecker;
import org.nianbao.checker.run.RuleSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checker rules list|check}: the rule catalogue, and validation of a rule folder. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"查看和检查规则文件夹。/ Inspect and validate a rule folder."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出规则目录（编号、严重程度、适用范围、依据）/ print the catalogue from the rule files")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleFolderOption rules;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var loaded = RuleSetup.tryLoad(rules.dir, spec.commandLine().getErr());
            if (loaded.isEmpty()) return ExitCodes.CANNOT_RUN;
            RuleSetup setup = loaded.get();
            out.printf("%-22s %-6s %-40s %s%n", "规则编号 ID", "严重程度", "适用 applies to", "依据 basis");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Rule r : setup.rules().rules()) {
                Map<String, Object> m = r.getMetaData();
                if (m.containsKey("helper") || !seen.add(String.valueOf(m.get("id")))) continue;
                String id = String.valueOf(m.get("id"));
                Object sev = setup.settings().severity().containsKey(id) ? setup.settings().severity().get(id) : m.get("severity");
                out.printf("%-22s %-6s %-40s %s%n", id, sev, m.getOrDefault("appliesTo", "all"), m.get("basis"));
            }
            out.flush();
            return ExitCodes.CLEAN;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "编译并检查规则文件夹，逐条列出问题（文件:行号）/ compile and validate the rule folder")
    static final class CheckRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleFolderOption rules;

        @Override
        public Integer call() {
            var loaded = RuleSetup.tryLoad(rules.dir, spec.commandLine().getErr());
            if (loaded.isEmpty()) return ExitCodes.CANNOT_RUN;
            RuleSetup setup = loaded.get();
            spec.commandLine().getOut().println("规则文件夹没有问题 / the rule folder is fine: "
                    + setup.rules().files().size() + " 个文件，" + setup.rules().rules().size() + " 条规则，版本 " + setup.rules().version());
            return ExitCodes.CLEAN;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"运行规则测试（规则文件夹 tests/ 中的 YAML 用例），逐个显示通过 ✓ 或失败 ✗ 及差异。",
                    "Runs the rule tests (YAML cases in the rule folder's tests/) and shows what differs for a failed case."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:全部通过 / every case passed", "1:有用例失败 / a case failed",
                    "2:规则无法编译或测试文件有误 / the rules do not compile or a test file is malformed"})
    static final class TestRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleFolderOption rules;

        @picocli.CommandLine.Parameters(paramLabel = "TESTFILE", arity = "0..*",
                description = "只运行这些测试文件，默认运行 DIR/tests 中的全部 / only these test files (default: all in DIR/tests)")
        java.util.List<Path> testFiles = new java.util.ArrayList<>();

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var loaded = RuleSetup.tryLoad(rules.dir, err);
            if (loaded.isEmpty()) return ExitCodes.CANNOT_RUN;
            RuleSetup setup = loaded.get();
            java.util.List<Path> files = testFiles.isEmpty() ? RuleTestRunner.testFiles(rules.dir) : testFiles;
            if (files.isEmpty()) {
                err.println("没有找到规则测试文件（应放在 " + rules.dir.resolve(RuleTestRunner.TESTS_DIR)
                        + " 中，扩展名 .yaml）/ no rule-test files found");
                return ExitCodes.CANNOT_RUN;
            }
            // one pipeline per settings: the folder's, and one for each case that has settings of its own
            RuleTestRunner runner = new RuleTestRunner(rules.dir, RuleTestRunner.ruleIds(setup.rules()), setup.settings(),
                    new PipelineCaseChecker(setup.rules()));
            RuleTestPrinter printer = new RuleTestPrinter(out);
            java.util.List<CaseResult> results;
            try {
                results = runner.run(files, printer::caseDone);
            } catch (TestFileException e) {
                RuleTestPrinter.problems(err, e.problems());
                return ExitCodes.CANNOT_RUN;
            }
            printer.summary(results);
            return results.stream().allMatch(CaseResult::passed) ? ExitCodes.CLEAN : ExitCodes.ERRORS_FOUND;
        }
    }
}
