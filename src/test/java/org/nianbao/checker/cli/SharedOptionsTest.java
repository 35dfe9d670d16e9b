package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The rule folder and the output folder are one option each, named, defaulted and explained alike in every command. */
class SharedOptionsTest {

    @Test
    void everyCommandTakesTheRuleFolderAlike() {
        assertAlike(options("--rules", List.of("check"), List.of("rules", "list"), List.of("rules", "check"),
                List.of("rules", "test")), "rules", "规则文件夹（.drl 和 settings.yaml），默认 rules / rule folder");
    }

    @Test
    void everyCommandTakesTheOutputFolderAlike() {
        assertAlike(options("--out", List.of("check"), List.of("runs"), List.of("triage")), "reports-out",
                "输出文件夹，默认 reports-out / output folder");
    }

    @Test
    void theDefaultsPointIntoTheProjectFolderTheLauncherNames() {
        System.setProperty("checker.home", "/opt/checker/");
        try {
            CommandLine root = CheckerCommand.commandLine();
            root.parseArgs("check");
            CheckCommand command = root.getSubcommands().get("check").getCommand();
            assertThat(command.rules.dir).hasToString("/opt/checker/rules");
            assertThat(command.output.dir).hasToString("/opt/checker/reports-out");
        } finally {
            System.clearProperty("checker.home");
        }
    }

    private static void assertAlike(List<OptionSpec> options, String defaultValue, String help) {
        assertThat(options).allSatisfy(o -> {
            assertThat(o.defaultValue()).isEqualTo(defaultValue);
            assertThat(o.paramLabel()).isEqualTo("DIR");
            assertThat(o.description()).containsExactly(help);
        });
    }

    @SafeVarargs
    private static List<OptionSpec> options(String name, List<String>... commands) {
        CommandLine root = CheckerCommand.commandLine();
        return java.util.Arrays.stream(commands).map(path -> {
            CommandLine cl = root;
            for (String sub : path) cl = cl.getSubcommands().get(sub);
            OptionSpec o = cl.getCommandSpec().findOption(name);
            assertThat(o).as(String.join(" ", path) + " " + name).isNotNull();
            return o;
        }).toList();
    }
}
