package org.nianbao.checker.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.model.CheckerFinding;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.parse.SectionAliases;

/**
 * What officers tune without writing DRL, read from {@code settings.yaml} in the rule folder: extra section title
 * variants, the name endings that tell a government from a department, publication deadlines, the report year
 * from which a check applies, severity overrides, the OCR confidence threshold and the copy threshold.
 */
public record CheckerSettings(ParserSettings parser, List<Deadline> deadlines, Map<String, Integer> appliesFrom,
                              Map<String, Integer> appliesUntil, Map<String, Severity> severity, double ocrMinConfidence,
                              CopyThreshold textCopied) {

    public CheckerSettings(ParserSettings parser, List<Deadline> deadlines, Map<String, Integer> appliesFrom,
                           Map<String, Integer> appliesUntil, Map<String, Severity> severity, double ocrMinConfidence) {
        this(parser, deadlines, appliesFrom, appliesUntil, severity, ocrMinConfidence, CopyThreshold.DEFAULT);
    }

    /**
     * The OCR confidence (0–100) below which a recognised cell is not a number: over the scan fixtures it removes
     * the range where most misreadings stand and hardly any correct cell (see README, scans). Some misreadings stand
     * above any threshold, which is why a sum that fails on recognised numbers is never reported as a defect.
     */
    public static final double DEFAULT_OCR_MIN_CONFIDENCE = ParserSettings.DEFAULT_OCR_MIN_CONFIDENCE;

    public static final String FILE_NAME = "settings.yaml";
    private static final List<String> KEYS = List.of("sections", "agencyKinds", "deadlines", "appliesFrom", "appliesUntil", "severity", "ocr", "numbers", "textCopied");
    private static final Set<String> KINDS = Set.of("government", "department");

    public static CheckerSettings defaults() {
        return new CheckerSettings(ParserSettings.defaults(),
                List.of(new Deadline(AgencyKind.DEPARTMENT, 1, 31), new Deadline(AgencyKind.GOVERNMENT, 3, 31)),
                Map.of(), Map.of(), Map.of(), DEFAULT_OCR_MIN_CONFIDENCE);
    }

    /** Reads {@code settings.yaml} from the rule folder; defaults when it is absent. */
    public static CheckerSettings load(Path ruleDir) throws RuleCompilationException {
        return load(ruleDir, ruleDir.resolve(FILE_NAME));
    }

    /**
     * Reads {@code file} strictly, with the rule IDs of {@code ruleDir}'s rule files as the known ones. Every
     * problem is collected, with its line, before anything is refused: a key given twice (YAML keeps the last one
     * silently), an unknown key, a rule ID no rule file declares, a value of the wrong type, a pattern that does
     * not compile, a date or severity that does not exist.
     */
    public static CheckerSettings load(Path ruleDir, Path file) throws RuleCompilationException {
        if (!Files.exists(file)) return defaults();
        YamlNode root;
        List<YamlNode.Duplicate> duplicates = new ArrayList<>();
        try {
            root = YamlNode.parse(Files.readString(file), duplicates);
        } catch (JsonProcessingException e) {
            throw new RuleCompilationException(List.of(new RuleProblem(file, YamlNode.syntaxLine(e),
                    "设置文件格式错误：" + YamlNode.syntaxHint(e, null))));
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(new RuleProblem(file, 0, "无法读取设置文件：" + e.getMessage())));
        }
        Reader r = new Reader(file, knownRuleIds(ruleDir));
        for (YamlNode.Duplicate d : duplicates) {
            r.problem(d.line(), "「" + d.key() + "」写了两次（第一次在第 " + d.firstLine() + " 行），只能保留一个；"
                    + "请删去或合并其中一个 / duplicate key");
        }
        return r.settings(root);
    }

    /**
     * The IDs the rule files in {@code ruleDir} declare (read from their text, so settings are checked before the
     * rules compile), and the checker's own (RULE_FAILED, DUPLICATE_FILE); null when the folder has no rule files.
     */
    private static Set<String> knownRuleIds(Path ruleDir) {
        try {
            List<Path> files = RuleBase.ruleFiles(ruleDir);
            if (files.isEmpty()) return null;
            Set<String> ids = new java.util.TreeSet<>(RuleValidator.declaredIds(files));
            for (CheckerFinding own : CheckerFinding.values()) ids.add(own.name());
            return ids;
        } catch (RuleCompilationException e) {
            return null;
        }
    }

    /** Walks the settings tree once, collecting every problem with its line. */
    private static final class Reader {
        private final Path file;
        private final Set<String> ruleIds;
        private final List<RuleProblem> problems = new ArrayList<>();

        Reader(Path file, Set<String> ruleIds) {
            this.file = file;
            this.ruleIds = ruleIds;
        }

        void problem(int line, String message) {
            problems.add(new RuleProblem(file, line, message));
        }

        CheckerSettings settings(YamlNode root) throws RuleCompilationException {
            Map<String, YamlNode> top = root.value() == null ? Map.of() : map(root, "设置文件");
            for (Map.Entry<String, YamlNode> e : top.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    problem(e.getValue().line(), "未知的设置项「" + e.getKey() + "」；可用的设置项：" + String.join("、", KEYS)
                            + "（见 rules/README.md）/ unknown setting");
                }
            }
            Map<Integer, List<String>> sections = new LinkedHashMap<>();
            map(top.get("sections"), "sections").forEach((k, v) -> {
                Integer n = k.matches("[1-6]") ? Integer.valueOf(k) : null;
                if (n == null) problem(v.line(), "sections 下的章节编号只能是 1 到 6，而不是「" + k + "」");
                List<String> patterns = patterns(v, "sections 第 " + k + " 部分");
                if (n != null) sections.put(n, patterns);
            });
            ParserSettings defaults = ParserSettings.defaults();
            Map<String, YamlNode> kinds = map(top.get("agencyKinds"), "agencyKinds");
            kinds.forEach((k, v) -> {
                if (!KINDS.contains(k)) problem(v.line(), "机关类别只能是 government 或 department，而不是「" + k + "」");
            });
            List<Pattern> gov = kinds.containsKey("government")
                    ? ParserSettings.compile(patterns(kinds.get("government"), "agencyKinds.government")) : defaults.governmentNames();
            List<Pattern> dept = kinds.containsKey("department")
                    ? ParserSettings.compile(patterns(kinds.get("department"), "agencyKinds.department")) : defaults.departmentNames();
            List<Deadline> deadlines = new ArrayList<>(defaults().deadlines());
            map(top.get("deadlines"), "deadlines").forEach((k, v) -> {
                AgencyKind kind = k.equals("government") ? AgencyKind.GOVERNMENT : k.equals("department") ? AgencyKind.DEPARTMENT : null;
                if (kind == null) {
                    problem(v.line(), "期限的机关类别只能是 government 或 department，而不是「" + k + "」");
                    return;
                }
                Deadline d = deadline(kind, v);
                if (d != null) {
                    deadlines.removeIf(x -> x.agencyKind() == kind);
                    deadlines.add(d);
                }
            });
            Map<String, Integer> from = years(top.get("appliesFrom"), "appliesFrom");
            Map<String, Integer> until = years(top.get("appliesUntil"), "appliesUntil");
            Map<String, Severity> severity = new LinkedHashMap<>();
            map(top.get("severity"), "severity").forEach((rule, v) -> {
                knownRule(rule, v, "severity");
                Severity sev = v.isScalar() && v.value() != null
                        ? Severity.parse(v.text().strip().toUpperCase(java.util.Locale.ROOT)) : null;
                if (sev == null) {
                    problem(v.line(), "「" + rule + "」的严重程度只能是 ERROR、WARN 或 INFO，而不是「" + describe(v) + "」");
                } else {
                    severity.put(rule, sev);
                }
            });
            double ocrMin = soleNumber(top.get("ocr"), "ocr", "minConfidence", 0, 100, "0 到 100",
                    DEFAULT_OCR_MIN_CONFIDENCE);
            double implausible = soleNumber(top.get("numbers"), "numbers", "implausibleFrom", 1000,
                    ParserSettings.MAX_IMPLAUSIBLE_FROM, "1000 到 1000000000000000（10 的 15 次方）",
                    ParserSettings.DEFAULT_IMPLAUSIBLE_FROM);
            CopyThreshold copies = copyThreshold(map(top.get("textCopied"), "textCopied"));
            if (!problems.isEmpty()) {
                problems.sort(java.util.Comparator.comparingInt(RuleProblem::line));
                throw new RuleCompilationException(problems);
            }
            ParserSettings parser = new ParserSettings(SectionAliases.defaults().plus(sections), gov, dept, ocrMin, implausible);
            return new CheckerSettings(parser, List.copyOf(deadlines), Map.copyOf(from), Map.copyOf(until), Map.copyOf(severity),
                    ocrMin, copies);
        }

        /**
         * A section holding one number, {@code where: {key: value}} with the value from {@code min} to {@code max}
         * ({@code range} in words); {@code fallback} when it is absent or wrong (then a problem says which).
         */
        private double soleNumber(YamlNode node, String where, String key, double min, double max, String range,
                                  double fallback) {
            double value = fallback;
            for (Map.Entry<String, YamlNode> e : map(node, where).entrySet()) {
                YamlNode v = e.getValue();
                if (!e.getKey().equals(key)) {
                    problem(v.line(), where + " 下只能设置 " + key + "，而不是「" + e.getKey() + "」");
                } else if (!(v.value() instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
                    problem(v.line(), key + " 应为 " + range + " 之间的数，而不是「" + describe(v) + "」");
                } else {
                    value = n.doubleValue();
                }
            }
            return value;
        }

        /** {@code textCopied:} similarity (0–1] and minChars (≥ 1), see {@link CopyThreshold}. */
        private CopyThreshold copyThreshold(Map<String, YamlNode> entries) {
            double similarity = CopyThreshold.DEFAULT.similarity();
            int minChars = CopyThreshold.DEFAULT.minChars();
            for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
                YamlNode v = e.getValue();
                if (e.getKey().equals("similarity")) {
                    if (!(v.value() instanceof Number n) || n.doubleValue() <= 0 || n.doubleValue() > 1) {
                        problem(v.line(), "textCopied 的 similarity 应在 0 和 1 之间（如 0.8 表示 80%），而不是「" + describe(v) + "」");
                    } else {
                        similarity = n.doubleValue();
                    }
                } else if (e.getKey().equals("minChars")) {
                    if (!(v.value() instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1) {
                        problem(v.line(), "textCopied 的 minChars 应为正整数，而不是「" + describe(v) + "」");
                    } else {
                        minChars = n.intValue();
                    }
                } else {
                    problem(v.line(), "textCopied 下只能设置 similarity 和 minChars，而不是「" + e.getKey() + "」");
                }
            }
            return new CopyThreshold(similarity, minChars);
        }

        /** A map's entries; empty for an absent or empty value, a problem for anything else. */
        private Map<String, YamlNode> map(YamlNode node, String where) {
            if (node == null || node.value() == null) return Map.of();
            if (node.isMap()) return node.map();
            problem(node.line(), where + " 应是“名称: 值”的列表（每项一行，或写成 {}），而不是「" + describe(node) + "」");
            return Map.of();
        }

        /** A list of regular expressions, each compiled to check it. */
        private List<String> patterns(YamlNode node, String where) {
            List<String> ok = new ArrayList<>();
            if (node == null || node.value() == null) return ok;
            if (!node.isList()) {
                problem(node.line(), where + " 应写成列表，例如 [\"文字一\", \"文字二\"]，而不是「" + describe(node) + "」");
                return ok;
            }
            for (YamlNode item : node.list()) {
                if (!item.isScalar() || item.value() == null) {
                    problem(item.line(), where + " 的每一项应是一段文字（匹配模式），而不是「" + describe(item) + "」");
                    continue;
                }
                try {
                    Pattern.compile(item.text());
                    ok.add(item.text());
                } catch (PatternSyntaxException e) {
                    problem(item.line(), "写法无效的匹配模式「" + item.text() + "」：" + e.getDescription()
                            + "（括号、方括号要成对；要匹配字面的 ( [ . * ? 请在前面加 \\）");
                }
            }
            return ok;
        }

        private Deadline deadline(AgencyKind kind, YamlNode v) {
            String text = v.isScalar() && v.value() != null ? v.text().strip() : "";
            String[] md = text.split("-");
            try {
                int month = Integer.parseInt(md[0].strip()), day = Integer.parseInt(md[1].strip());
                java.time.LocalDate.of(2001, month, day);
                if (md.length != 2) throw new IllegalArgumentException(text);
                return new Deadline(kind, month, day);
            } catch (RuntimeException e) {
                problem(v.line(), "期限应写成 月-日，例如 \"01-31\"，而不是「" + describe(v) + "」");
                return null;
            }
        }

        /** Rule ID → report year, for appliesFrom and appliesUntil. */
        private Map<String, Integer> years(YamlNode node, String where) {
            Map<String, Integer> out = new LinkedHashMap<>();
            map(node, where).forEach((rule, v) -> {
                knownRule(rule, v, where);
                String text = v.isScalar() && v.value() != null ? v.text().strip() : "";
                int year = text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
                if (year >= 1990 && year <= 2100) {
                    out.put(rule, year);
                } else {
                    problem(v.line(), where + " 中「" + rule + "」的年度应是四位数的年份，例如 2021，而不是「" + describe(v) + "」");
                }
            });
            return out;
        }

        private void knownRule(String rule, YamlNode at, String where) {
            if (ruleIds == null || ruleIds.contains(rule)) return;
            problem(at.line(), where + " 中的规则编号「" + rule + "」不在规则文件中（拼写是否有误？现有编号见 ./checker rules list）/ unknown rule ID");
        }

        private static String describe(YamlNode v) {
            if (v.value() == null) return "（空）";
            if (v.isMap()) return "{…}";
            if (v.isList()) return "[…]";
            return v.text();
        }
    }

    /** The checks that apply from or until a year: without the report's year they are not made. */
    public Set<String> yearBound() {
        Set<String> ids = new java.util.TreeSet<>(appliesFrom.keySet());
        ids.addAll(appliesUntil.keySet());
        return ids;
    }

    /** Whether a rule applies to a report of this year, by the appliesFrom / appliesUntil table. */
    public boolean applies(String rule, Integer year) {
        Integer from = appliesFrom.get(rule);
        Integer until = appliesUntil.get(rule);
        if (from == null && until == null) return true;
        if (year == null) return false;   // year-bound checks are not assessable without a year
        return (from == null || year >= from) && (until == null || year <= until);
    }
}
