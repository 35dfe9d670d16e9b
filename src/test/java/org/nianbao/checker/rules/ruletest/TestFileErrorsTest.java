package org.nianbao.checker.rules.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes an officer makes in a test file are reported with file and line, and no case runs. */
class TestFileErrorsTest {

    static RuleTests rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleTests.of(Path.of("rules"));
    }

    static List<TestFileProblem> problems(Path file) {
        return catchThrowableOfType(TestFileException.class, () -> rules.runner().load(List.of(file))).problems();
    }

    @Test
    void aTabUsedForIndentingIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "- name: 缩进\n  text: abc\n\texpect:\n    - T3_BALANCE\n");
        List<TestFileProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo(f);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).message()).contains("不能用 Tab");
        assertThat(p.get(0).describe()).startsWith(f + ":3: YAML 格式错误");
    }

    @Test
    void anUnclosedQuoteSaysWhereItStarted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "- name: 引号\n  text: \"abc\n  expect: [T4_TOTAL]\n");
        assertThat(problems(f).get(0).message()).contains("第 2 行开始的引号没有结束");
    }

    @Test
    void everyMistakeOfAFileIsListedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, String.join("\n",
                "- name: 拼错的规则编号",            // 1
                "  text: 一、总体情况",                // 2
                "  expect:",                           // 3
                "    - rule: T3_BALANC",               // 4
                "      cel: 列：自然人",               // 5
                "- name: 没有报告",                    // 6
                "  absent: [T4_TOTAL]",                // 7
                "- name: 替换的文字不在报告中",        // 8
                "  file: reports-in/002_ced1e3ba6e50580e.txt", // 9
                "  change:",                           // 10
                "    - replace: 这句话不在报告里",     // 11
                "  expect: [T4_TOTAL]",                // 12
                "- name: 不存在的文件",                // 13
                "  file: reports-in/nothing.txt",      // 14
                "  absent:",                           // 15
                "    - severity: FATAL",               // 16
                ""));
        assertThat(problems(f)).extracting(TestFileProblem::line, p -> p.message().substring(0, 6))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, "规则编号「T"),
                        org.assertj.core.groups.Tuple.tuple(5, "expect"),
                        org.assertj.core.groups.Tuple.tuple(6, "用例「没有报"),
                        org.assertj.core.groups.Tuple.tuple(11, "报告中找不到"),
                        org.assertj.core.groups.Tuple.tuple(14, "找不到报告文"),
                        org.assertj.core.groups.Tuple.tuple(16, "严重程度只能"));
    }

    @Test
    void aFileThatIsNotAListOfCasesSaysSo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: 不是列表\nexpect: [T4_TOTAL]\n");
        assertThat(problems(f)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("用例列表");
        });
    }

    @Test
    void invalidCaseSettingsAreReportedAtTheCase(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "- name: 设置\n  text: abc\n  settings:\n    severity:\n      PERIOD_NOT_STATED: 很严重\n  expect: [T4_TOTAL]\n");
        assertThat(problems(f)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("ERROR、WARN 或 INFO");
        });
    }
}
