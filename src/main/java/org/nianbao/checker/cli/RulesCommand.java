package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kie.api.definition.rule.Rule;
import org.nianbao.checker.rules.RuleCompilationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checker rules list|check}: the rule catalogue, and validation of a rule folder. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"查看和检查规则文件夹。/ Inspect and validate a rule folder."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出规则目录（编号、严重程度、适用范围、依据）/ print the catalogue from the rule files")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则文件夹 / rule folder")
        Path rulesDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleSetup setup;
            try {
                setup = RuleSetup.load(rulesDir, spec.commandLine().getErr());
            } catch (RuleCompilationException e) {
                return ExitCodes.CANNOT_RUN;
            }
            out.printf("%-22s %-6s %-40s %s%n", "规则编号 ID", "严重程度", "适用 applies to", "依据 basis");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Rule r : setup.rules().rules()) {
                Map<String, Object> m = r.getMetaData();
                if (m.containsKey("helper") || !seen.add(String.valueOf(m.get("id")))) continue;
                String id = String.valueOf(m.get("id"));
                String sev = setup.settings().severity().getOrDefault(id, String.valueOf(m.get("severity")));
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

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则文件夹 / rule folder")
        Path rulesDir;

        @Override
        public Integer call() {
            try {
                RuleSetup setup = RuleSetup.load(rulesDir, spec.commandLine().getErr());
                spec.commandLine().getOut().println("规则文件夹没有问题 / the rule folder is fine: "
                        + setup.rules().files().size() + " 个文件，" + setup.rules().rules().size() + " 条规则，版本 " + setup.rules().version());
                return ExitCodes.CLEAN;
            } catch (RuleCompilationException e) {
                return ExitCodes.CANNOT_RUN;
            }
        }
    }
}
