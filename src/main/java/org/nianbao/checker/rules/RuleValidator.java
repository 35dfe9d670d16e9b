package org.nianbao.checker.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;

/**
 * Checks what the compiler does not: every rule carries its metadata (@id, @severity, @basis, @message,
 * @messageEn, @hint) unless it is marked @helper, severities are ERROR / WARN / INFO, and one ID belongs to one
 * requirement (several rules may share an ID only inside one file, as variants of the same check).
 */
public final class RuleValidator {

    static final List<String> REQUIRED = List.of("id", "severity", "basis", "message", "messageEn", "hint");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARN", "INFO");

    private RuleValidator() {
    }

    public static void validate(RuleBase base) throws RuleCompilationException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Path> fileOfId = new LinkedHashMap<>();
        Map<Path, List<String>> lines = new LinkedHashMap<>();
        for (Rule rule : base.rules()) {
            Map<String, Object> meta = rule.getMetaData();
            Path file = fileOf(base, rule);
            int line = lineOf(lines, file, rule.getName());
            if (meta.containsKey("helper")) continue;
            for (String key : REQUIRED) {
                if (!meta.containsKey(key)) {
                    problems.add(new RuleProblem(file, line, "规则「" + rule.getName() + "」缺少 @" + key
                            + "(...) 元数据 / rule has no @" + key));
                }
            }
            Object sev = meta.get("severity");
            if (sev != null && !SEVERITIES.contains(sev.toString())) {
                problems.add(new RuleProblem(file, line, "规则「" + rule.getName() + "」的 @severity 只能是 ERROR、WARN 或 INFO，而不是 " + sev));
            }
            Object id = meta.get("id");
            if (id != null) {
                Path first = fileOfId.putIfAbsent(id.toString(), file);
                if (first != null && !first.equals(file)) {
                    problems.add(new RuleProblem(file, line, "规则编号 " + id + " 重复：" + first.getFileName()
                            + " 中已有同一编号的规则；每个编号只能用于一项检查 / duplicate rule ID"));
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleCompilationException(problems);
    }

    /** The rule file that declares the rule's package ("rules.structure" lives in a file that says so). */
    static Path fileOf(RuleBase base, Rule rule) {
        for (Path p : base.files()) {
            try {
                String text = Files.readString(p);
                if (text.contains("package " + rule.getPackageName()) && text.contains("\"" + rule.getName() + "\"")) return p;
            } catch (IOException e) {
                // fall through
            }
        }
        return base.dir();
    }

    static int lineOf(Map<Path, List<String>> cache, Path file, String ruleName) {
        List<String> ls = cache.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f);
            } catch (IOException e) {
                return List.of();
            }
        });
        for (int i = 0; i < ls.size(); i++) if (ls.get(i).contains("rule \"" + ruleName + "\"")) return i + 1;
        return 0;
    }
}
