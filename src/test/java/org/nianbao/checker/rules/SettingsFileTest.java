package org.nianbao.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml is read strictly: every mistake at once, each with its line, nothing silently ignored. */
class SettingsFileTest {

    static final String MISTAKES = """
            sections:
              4: ["政府信息公开行政复议及行政诉讼", "(被申请行政复议"]
            agencyKinds:
              government: ["人民政府$"]
            deadlines:
              department: "01-31"
              department: "02-28"
              government: "02-30"
            appliesFrom:
              FEE_NOT_DISCLOSED: 明年
            appliesUntil: {}
            severity:
              PERIOD_NOT_STATD: ERROR
              DATE_MISSING: [WARN]
            timeZone: Asia/Shanghai
            """;

    @Test
    void everyMistakeIsReportedInOnePassWithItsLine(@TempDir Path dir) throws Exception {
        RuleFolderTest.copy(dir);
        Files.writeString(dir.resolve("settings.yaml"), MISTAKES);
        List<String> lines = Files.readAllLines(dir.resolve("settings.yaml"));

        List<RuleProblem> problems = catchThrowableOfType(RuleCompilationException.class,
                () -> CheckerSettings.load(dir)).problems();

        assertThat(problems).extracting(RuleProblem::line).containsExactly(2, 7, 8, 10, 13, 14, 15);
        assertThat(problems).allSatisfy(p -> assertThat(p.file().getFileName().toString()).isEqualTo("settings.yaml"));
        assertThat(problems.get(0).message()).contains("(被申请行政复议");                      // bad regex
        assertThat(problems.get(1).message()).contains("department").contains("两次").contains("第 6 行"); // duplicate key
        assertThat(problems.get(2).message()).contains("02-30");                             // no such date
        assertThat(problems.get(3).message()).contains("FEE_NOT_DISCLOSED").contains("明年");   // bad type
        assertThat(problems.get(4).message()).contains("PERIOD_NOT_STATD").contains("不在规则文件中"); // unknown rule ID
        assertThat(problems.get(5).message()).contains("DATE_MISSING");                      // bad type
        assertThat(problems.get(6).message()).contains("timeZone").contains("未知的设置项");     // unknown key
        assertThat(lines.get(6)).contains("department");
    }

    @Test
    void theShippedSettingsAreClean() throws Exception {
        CheckerSettings s = CheckerSettings.load(Path.of("rules"));
        assertThat(s.appliesFrom()).containsEntry("FEE_NOT_DISCLOSED", 2021);
    }

    @Test
    void theRulesVersionCoversSettingsYaml(@TempDir Path dir) throws Exception {
        RuleFolderTest.copy(dir);
        String before = RuleBase.fingerprint(dir);
        Path f = dir.resolve("settings.yaml");
        Files.writeString(f, Files.readString(f).replace("department: \"01-31\"", "department: \"02-28\""));
        assertThat(RuleBase.fingerprint(dir)).isNotEqualTo(before).hasSize(12);
    }
}
