package org.nianbao.checker.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.model.Severity;

/**
 * Checks what the compiler does not, by reading the rule files as text (so it also runs when a file does not
 * compile, and every mistake is reported in the same run): every rule carries its metadata (@id, @severity,
 * @basis, @message, @messageEn, @hint) unless it is marked @helper, severities are ERROR / WARN / INFO, what
 * {@code @needs} names exists ({@link CheckNeeds#NAMES}), and an ID belongs to one file (several rules may share an
 * ID inside one file, as variants of the same check).
 */
public final class RuleValidator {

    static final List<String> REQUIRED = List.of("id", "severity", "basis", "message", "messageEn", "hint");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(\\s*\"?([^\")]*)");

    private RuleValidator() {
    }

    /** Every metadata problem in the files, with file and line; empty when there is none. */
    public static List<RuleProblem> scan(List<Path> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Path> fileOfId = new LinkedHashMap<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                problems.add(new RuleProblem(file, 0, "无法读取规则文件：" + e.getMessage()));
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher rule = RULE.matcher(lines.get(i));
                if (!rule.find()) continue;
                String name = rule.group(1);
                int line = i + 1;
                Map<String, String> meta = new LinkedHashMap<>();
                for (int j = i; j < lines.size() && (j == i || !WHEN.matcher(lines.get(j)).find()); j++) {
                    Matcher m = META.matcher(lines.get(j));
                    while (m.find()) meta.putIfAbsent(m.group(1), m.group(2).strip());
                }
                if (meta.containsKey("helper")) continue;
                Set<String> missing = new LinkedHashSet<>();
                for (String key : REQUIRED) if (!meta.containsKey(key)) missing.add("@" + key);
                if (!missing.isEmpty()) {
                    problems.add(new RuleProblem(file, line, "规则「" + name + "」缺少元数据 " + String.join("、", missing)
                            + "（每条规则都要写明编号、严重程度、依据、中英文说明和整改建议，见 rules/README.md）/ rule has no "
                            + String.join(", ", missing)));
                }
                String severity = meta.get("severity");
                if (severity != null && Severity.parse(severity) == null) {
                    problems.add(new RuleProblem(file, line, "规则「" + name + "」的 @severity 只能是 ERROR、WARN 或 INFO，而不是「"
                            + severity + "」/ bad severity"));
                }
                String needs = meta.get("needs");
                if (needs != null) {
                    List<String> named = CheckNeeds.split(needs);
                    List<String> unknown = named.stream().filter(n -> !CheckNeeds.NAMES.contains(n)).toList();
                    if (!unknown.isEmpty() || named.isEmpty()) {
                        problems.add(new RuleProblem(file, line, "规则「" + name + "」的 @needs 中「"
                                + (unknown.isEmpty() ? needs : String.join("、", unknown)) + "」不是可用的名称；只能写 "
                                + String.join("、", CheckNeeds.NAMES) + "（表二、表三、表四，报告年度、发布日期、机关类型），"
                                + "几项之间用逗号分开，如 @needs(\"T2, T3\")（见 rules/README.md 第 2 节）/ unknown @needs: "
                                + String.join(", ", unknown)));
                    }
                }
                String id = meta.get("id");
                if (id != null) {
                    Path first = fileOfId.putIfAbsent(id, file);
                    if (first != null && !first.equals(file)) {
                        problems.add(new RuleProblem(file, line, "规则编号 " + id + " 重复：" + first.getFileName()
                                + " 中已有同一编号的规则；每个编号只能用于一项检查，请改用新的编号 / duplicate rule ID"));
                    }
                }
            }
        }
        return problems;
    }

    /** The @id of every rule in the files, read from their text (they need not compile); unreadable files give none. */
    public static Set<String> declaredIds(List<Path> files) {
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!RULE.matcher(lines.get(i)).find()) continue;
                for (int j = i; j < lines.size() && (j == i || !WHEN.matcher(lines.get(j)).find()); j++) {
                    Matcher m = META.matcher(lines.get(j));
                    while (m.find()) if (m.group(1).equals("id")) ids.add(m.group(2).strip());
                }
            }
        }
        return ids;
    }

    /** Throws when {@link #scan} finds anything in the rule base's files. */
    public static void validate(RuleBase base) throws RuleCompilationException {
        List<RuleProblem> problems = scan(base.files());
        if (!problems.isEmpty()) throw new RuleCompilationException(problems);
    }
}
