package org.nianbao.checker.rules.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.nianbao.checker.model.CheckerFinding;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.TextReader;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.YamlNode;

/**
 * Reads one rule-test file (a YAML list of cases, format in rules/README.md) and checks it before anything runs:
 * unknown keys, a case without a report or without expectations, a rule ID the rule files do not have, a report
 * file that does not exist, a {@code change:} whose text is not in the report. Every mistake is collected with its
 * line, so an officer sees them all at once.
 */
final class TestFileReader {

    private static final Set<String> CASE_KEYS = Set.of("name", "file", "text", "change", "settings", "expect", "absent",
            "alongside");
    private static final Set<String> ALONGSIDE_KEYS = Set.of("file", "text", "change");
    private static final Set<String> PATTERN_KEYS = Set.of("rule", "cell", "table", "section", "severity", "message");
    private static final Set<String> CHANGE_KEYS = Set.of("replace", "with");

    private final Path ruleDir;
    private final Set<String> ruleIds;
    private final Path testFile;
    private final List<TestFileProblem> problems = new ArrayList<>();

    private TestFileReader(Path ruleDir, Set<String> ruleIds, Path testFile) {
        this.ruleDir = ruleDir;
        this.ruleIds = ruleIds;
        this.testFile = testFile;
    }

    /**
     * @param ruleIds the rule IDs the compiled rule files declare
     */
    static List<RuleTestCase> read(Path ruleDir, Set<String> ruleIds, Path testFile) throws TestFileException {
        TestFileReader r = new TestFileReader(ruleDir, ruleIds, testFile);
        List<RuleTestCase> cases = r.cases(r.tree());
        if (!r.problems.isEmpty()) throw new TestFileException(r.problems);
        return cases;
    }

    /** The file as a YAML tree; a syntax error stops here, a key given twice is one more problem. */
    private YamlNode tree() throws TestFileException {
        try {
            List<YamlNode.Duplicate> duplicates = new ArrayList<>();
            YamlNode root = YamlNode.parse(Files.readString(testFile), duplicates);
            for (YamlNode.Duplicate d : duplicates) {
                problems.add(new TestFileProblem(testFile, d.line(), "「" + d.key() + "」写了两次（第一次在第 " + d.firstLine()
                        + " 行）；请只保留一个 / duplicate key"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new TestFileException(List.of(new TestFileProblem(testFile, YamlNode.syntaxLine(e),
                    "YAML 格式错误 / YAML syntax error：" + YamlNode.syntaxHint(e, "每个用例以“- name:”开头"))));
        } catch (IOException e) {
            throw new TestFileException(List.of(new TestFileProblem(testFile, 0, "无法读取测试文件 / cannot read：" + e.getMessage())));
        }
    }

    private List<RuleTestCase> cases(YamlNode root) {
        List<RuleTestCase> out = new ArrayList<>();
        if (root.value() == null) {
            problem(root, "测试文件是空的；请写一个用例列表，每个用例以“- name:”开头 / the file holds no cases");
            return out;
        }
        if (!root.isList()) {
            problem(root, "测试文件应是一个用例列表，每个用例以“- name:”开头 / a test file is a list of cases, each starting with '- name:'");
            return out;
        }
        for (YamlNode c : root.list()) {
            RuleTestCase tc = testCase(c);
            if (tc != null) out.add(tc);
        }
        return out;
    }

    private RuleTestCase testCase(YamlNode node) {
        if (!node.isMap()) {
            problem(node, "每个用例应写成“- name: …”加上 file/text、expect、absent 等项 / a case is a map with name, file or text, expect, absent");
            return null;
        }
        Map<String, YamlNode> m = node.map();
        int before = problems.size();
        unknownKeys(m, CASE_KEYS, "用例 / case");
        String name = scalar(m.get("name"));
        if (name == null || name.isBlank()) problem(node, "用例缺少 name（用例名称）/ the case has no name");
        YamlNode file = m.get("file");
        YamlNode text = m.get("text");
        if ((file == null) == (text == null)) {
            problem(node, "用例「" + name + "」要写 file:（报告文件）或 text:（报告文字）二者之一 / give exactly one of file: or text:");
        }
        List<FindingPattern> expect = patterns(m.get("expect"), true);
        List<FindingPattern> absent = patterns(m.get("absent"), false);
        if (expect.isEmpty() && absent.isEmpty() && problems.size() == before) {
            problem(node, "用例「" + name + "」既没有 expect 也没有 absent，什么也不检查 / the case checks nothing");
        }
        Path path = null;
        String content = null;
        String inputName = "report.txt";
        if (file != null) {
            path = resolve(file);
            if (path != null) inputName = path.getFileName().toString();
        } else if (text != null) {
            content = text.value() == null ? "" : scalar(text);
            if (content == null) problem(text, "text: 应是一段文字（用 text: | 后面缩进写报告内容）/ text must be text");
        }
        YamlNode change = m.get("change");
        if (change != null) {
            if (path != null) content = readForChange(path, change);
            if (content != null) content = applyChanges(content, change);
            if (content != null) path = null;
        }
        CheckerSettings settings = null;
        YamlNode s = m.get("settings");
        if (s != null) {
            if (!s.isMap()) {
                problem(s, "settings: 应写成和 settings.yaml 相同的结构，例如 severity: 下一行缩进写 PERIOD_NOT_STATED: ERROR / settings must be a map");
            } else {
                try {
                    settings = CaseSettings.apply(ruleDir, s, testFile);
                } catch (TestFileException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        List<RuleTestCase.Alongside> alongside = new ArrayList<>();
        YamlNode others = m.get("alongside");
        if (others != null) {
            if (!others.isList()) {
                problem(others, "alongside: 应是一个列表，每项写 file: 或 text:（可加 change:）/ alongside is a list of reports");
            } else {
                for (YamlNode o : others.list()) {
                    RuleTestCase.Alongside a = alongside(o);
                    if (a != null) alongside.add(a);
                }
            }
        }
        if (problems.size() > before) return null;
        return new RuleTestCase(testFile, node.line(), name, path, content, inputName, settings, expect, absent, alongside);
    }

    /** One report of {@code alongside:}: a file, or text, with optional changes, like the case's own report. */
    private RuleTestCase.Alongside alongside(YamlNode node) {
        if (!node.isMap()) {
            problem(node, "alongside: 的每一项写 file:（报告文件）或 text:（报告文字）/ each item gives file: or text:");
            return null;
        }
        Map<String, YamlNode> m = node.map();
        unknownKeys(m, ALONGSIDE_KEYS, "alongside");
        YamlNode file = m.get("file"), text = m.get("text"), change = m.get("change");
        if ((file == null) == (text == null)) {
            problem(node, "alongside: 的每一项要写 file: 或 text: 二者之一 / give exactly one of file: or text:");
            return null;
        }
        Path path = file == null ? null : resolve(file);
        String content = text == null ? null : text.value() == null ? "" : scalar(text);
        String inputName = path != null ? path.getFileName().toString() : "other.txt";
        if (change != null) {
            if (path != null) content = readForChange(path, change);
            if (content != null) content = applyChanges(content, change);
            if (content != null) path = null;
        }
        if (path == null && content == null) return null;
        return new RuleTestCase.Alongside(path, content, inputName);
    }

    /** {@code file:} relative to the folder that holds the rule folder, else to the test file's folder. */
    private Path resolve(YamlNode file) {
        String rel = scalar(file);
        if (rel == null || rel.isBlank()) {
            problem(file, "file: 后面要写报告文件的路径，例如 reports-in/002_ced1e3ba6e50580e.txt / file needs a path");
            return null;
        }
        Path parent = ruleDir.toAbsolutePath().normalize().getParent();
        Path first = parent == null ? Path.of(rel) : parent.resolve(rel);
        if (Files.exists(first)) return first.normalize();
        Path second = testFile.toAbsolutePath().getParent().resolve(rel);
        if (Files.exists(second)) return second.normalize();
        problem(file, "找不到报告文件「" + rel + "」（在 " + parent + " 和 " + testFile.getParent() + " 中都没有）/ report file not found");
        return null;
    }

    private String readForChange(Path path, YamlNode change) {
        try {
            return TextReader.decode(Files.readAllBytes(path)).replace("\r\n", "\n");
        } catch (UnreadableInputException | IOException e) {
            problem(change, "change: 只能修改文本文件，「" + path.getFileName() + "」无法作为文本读取 / only text files can be changed");
            return null;
        }
    }

    private String applyChanges(String content, YamlNode change) {
        if (!change.isList()) {
            problem(change, "change: 应是一个列表，每项写“- replace: 原文”和“with: 新文字” / change is a list of replace/with");
            return null;
        }
        String s = content;
        for (YamlNode c : change.list()) {
            if (!c.isMap() || c.map().get("replace") == null) {
                problem(c, "change: 的每一项都要写 replace:（要替换的原文）/ each change needs replace:");
                continue;
            }
            unknownKeys(c.map(), CHANGE_KEYS, "change");
            String from = scalar(c.map().get("replace"));
            String to = c.map().get("with") == null ? "" : scalar(c.map().get("with"));
            if (from == null || from.isEmpty() || to == null) {
                problem(c, "replace: 和 with: 应是文字 / replace and with must be text");
                continue;
            }
            from = stripFinalNewline(from);
            to = stripFinalNewline(to);
            if (!s.contains(from)) {
                problem(c, "报告中找不到要替换的文字「" + shorten(from) + "」（须与报告原文一字不差，包括空格）/ text to replace not found");
                continue;
            }
            s = s.replace(from, to);
        }
        return s;
    }

    private List<FindingPattern> patterns(YamlNode node, boolean expect) {
        List<FindingPattern> out = new ArrayList<>();
        if (node == null || node.value() == null) return out;
        String key = expect ? "expect" : "absent";
        if (!node.isList()) {
            problem(node, key + ": 应是一个列表，每项以“- ”开头，例如“- rule: T3_BALANCE” / " + key + " is a list");
            return out;
        }
        for (YamlNode item : node.list()) {
            FindingPattern p = pattern(item, key, expect);
            if (p != null) out.add(p);
        }
        return out;
    }

    private FindingPattern pattern(YamlNode item, String key, boolean expect) {
        if (item.isScalar()) {
            String rule = scalar(item);
            return knownRule(item, rule) ? new FindingPattern(rule.strip(), null, null, null, null, null, item.line()) : null;
        }
        if (!item.isMap()) {
            problem(item, key + ": 的每一项写规则编号，或写 rule:/cell:/table:/section:/severity:/message: / each item names a rule");
            return null;
        }
        Map<String, YamlNode> m = item.map();
        unknownKeys(m, PATTERN_KEYS, key);
        String rule = scalar(m.get("rule"));
        String severityText = scalar(m.get("severity"));
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText.strip().toUpperCase());
            if (severity == null) {
                problem(m.get("severity"), "严重程度只能是 ERROR、WARN 或 INFO，而不是 " + severityText.strip().toUpperCase());
                return null;
            }
        }
        if (rule == null && (expect || severity == null)) {
            problem(item, key + ": 的每一项都要写 rule:（规则编号）" + (expect ? "" : "；只写 severity: 表示“不应有该级别的任何问题”")
                    + " / each item needs rule:");
            return null;
        }
        if (rule != null && !knownRule(m.get("rule"), rule)) return null;
        return new FindingPattern(rule == null ? null : rule.strip(), scalar(m.get("cell")), scalar(m.get("table")),
                scalar(m.get("section")), severity, scalar(m.get("message")),
                item.line());
    }

    private boolean knownRule(YamlNode at, String rule) {
        // RULE_FAILED and DUPLICATE_FILE are the checker's own findings, not a rule file's
        if (rule != null && (ruleIds.contains(rule.strip()) || CheckerFinding.isOne(rule.strip()))) return true;
        problem(at, "规则编号「" + rule + "」不在规则文件中（拼写是否有误？现有编号见 ./checker rules list）/ unknown rule ID");
        return false;
    }

    private void unknownKeys(Map<String, YamlNode> m, Set<String> allowed, String what) {
        m.forEach((k, v) -> {
            if (!allowed.contains(k)) {
                problem(v, what + " 中没有「" + k + "」这一项；可用的项：" + String.join("、", allowed.stream().sorted().toList())
                        + " / unknown key");
            }
        });
    }

    private String scalar(YamlNode n) {
        if (n == null || n.value() == null) return null;
        if (!n.isScalar()) {
            problem(n, "这里应是一个值（文字或编号），不是列表或多项 / expected a single value");
            return null;
        }
        return n.text();
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "⏎").replace("\t", "⇥");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private void problem(YamlNode at, String message) {
        problems.add(new TestFileProblem(testFile, at == null ? 0 : at.line(), message));
    }
}
