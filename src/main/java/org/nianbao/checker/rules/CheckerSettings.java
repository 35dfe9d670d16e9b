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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.parse.SectionAliases;

/**
 * What officers tune without writing DRL, read from {@code settings.yaml} in the rule folder: extra section title
 * variants, the name endings that tell a government from a department, publication deadlines, the report year
 * from which a check applies, and severity overrides.
 */
public record CheckerSettings(ParserSettings parser, List<Deadline> deadlines, Map<String, Integer> appliesFrom,
                              Map<String, Integer> appliesUntil, Map<String, String> severity, double ocrMinConfidence,
                              CopyThreshold textCopied) {

    public CheckerSettings(ParserSettings parser, List<Deadline> deadlines, Map<String, Integer> appliesFrom,
                           Map<String, Integer> appliesUntil, Map<String, String> severity, double ocrMinConfidence) {
        this(parser, deadlines, appliesFrom, appliesUntil, severity, ocrMinConfidence, CopyThreshold.DEFAULT);
    }

    /**
     * The OCR confidence (0–100) below which a recognised cell is not a number: over the scan fixtures it removes
     * the range where most misreadings stand and hardly any correct cell (see README, scans). Some misreadings stand
     * above any threshold, which is why a sum that fails on recognised numbers is never reported as a defect.
     */
    public static final double DEFAULT_OCR_MIN_CONFIDENCE = ParserSettings.DEFAULT_OCR_MIN_CONFIDENCE;

    public static final String FILE_NAME = "settings.yaml";
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARN", "INFO");

    /** The file's shape, as Jackson reads it. */
    public static final class Raw {
        public Map<Integer, List<String>> sections = new LinkedHashMap<>();
        public Map<String, List<String>> agencyKinds = new LinkedHashMap<>();
        public Map<String, String> deadlines = new LinkedHashMap<>();
        public Map<String, Integer> appliesFrom = new LinkedHashMap<>();
        public Map<String, Integer> appliesUntil = new LinkedHashMap<>();
        public Map<String, String> severity = new LinkedHashMap<>();
        public Map<String, Double> ocr = new LinkedHashMap<>();
        public TextCopied textCopied = new TextCopied();
    }

    /** {@code textCopied:} in settings.yaml, see {@link CopyThreshold}. */
    public static final class TextCopied {
        public double similarity = CopyThreshold.DEFAULT.similarity();
        public int minChars = CopyThreshold.DEFAULT.minChars();
    }

    public static CheckerSettings defaults() {
        return new CheckerSettings(ParserSettings.defaults(),
                List.of(new Deadline(AgencyKind.DEPARTMENT, 1, 31), new Deadline(AgencyKind.GOVERNMENT, 3, 31)),
                Map.of(), Map.of(), Map.of(), DEFAULT_OCR_MIN_CONFIDENCE);
    }

    /** Reads {@code settings.yaml} from the rule folder; defaults when it is absent. */
    public static CheckerSettings load(Path ruleDir) throws RuleCompilationException {
        Path file = ruleDir.resolve(FILE_NAME);
        if (!Files.exists(file)) return defaults();
        Raw raw;
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            raw = yaml.readValue(file.toFile(), Raw.class);
            if (raw == null) raw = new Raw();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage().split("\n")[0];
            if (msg.startsWith("Unrecognized field")) {
                msg = "未知的设置项 " + msg.replaceAll(".*\"(\\w+)\".*", "「$1」") + "；可用的设置项见 rules/README.md / unknown setting";
            }
            throw new RuleCompilationException(List.of(new RuleProblem(file, at == null ? 0 : at.getLineNr(),
                    "设置文件格式错误：" + msg)));
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(new RuleProblem(file, 0, "无法读取设置文件：" + e.getMessage())));
        }
        return from(raw, file);
    }

    static CheckerSettings from(Raw raw, Path file) throws RuleCompilationException {
        List<RuleProblem> problems = new ArrayList<>();
        Lines lines = new Lines(file);
        Map<Integer, List<String>> sections = new LinkedHashMap<>();
        raw.sections.forEach((k, v) -> {
            if (k < 1 || k > 6) problems.add(new RuleProblem(file, lines.find(k + ":"), "章节编号只能是 1 到 6，而不是 " + k));
            else sections.put(k, checkPatterns(v, file, lines, problems));
        });
        ParserSettings defaults = ParserSettings.defaults();
        List<Pattern> gov = raw.agencyKinds.containsKey("government")
                ? ParserSettings.compile(checkPatterns(raw.agencyKinds.get("government"), file, lines, problems)) : defaults.governmentNames();
        List<Pattern> dept = raw.agencyKinds.containsKey("department")
                ? ParserSettings.compile(checkPatterns(raw.agencyKinds.get("department"), file, lines, problems)) : defaults.departmentNames();
        for (String k : raw.agencyKinds.keySet()) {
            if (!k.equals("government") && !k.equals("department")) {
                problems.add(new RuleProblem(file, lines.find(k + ":"), "机关类别只能是 government 或 department，而不是 " + k));
            }
        }
        List<Deadline> deadlines = new ArrayList<>(defaults().deadlines());
        raw.deadlines.forEach((k, v) -> {
            AgencyKind kind = k.equals("government") ? AgencyKind.GOVERNMENT : k.equals("department") ? AgencyKind.DEPARTMENT : null;
            if (kind == null) {
                problems.add(new RuleProblem(file, lines.find(k + ":"), "期限的机关类别只能是 government 或 department，而不是 " + k));
                return;
            }
            String[] md = v == null ? new String[0] : v.split("-");
            try {
                int month = Integer.parseInt(md[0].strip()), day = Integer.parseInt(md[1].strip());
                java.time.LocalDate.of(2001, month, day);
                deadlines.removeIf(d -> d.agencyKind() == kind);
                deadlines.add(new Deadline(kind, month, day));
            } catch (RuntimeException e) {
                problems.add(new RuleProblem(file, lines.find(k + ":"), "期限应写成 月-日，例如 \"01-31\"，而不是 " + v));
            }
        });
        Map<String, String> severity = new LinkedHashMap<>();
        raw.severity.forEach((rule, sev) -> {
            String s = sev == null ? "" : sev.strip().toUpperCase();
            if (!SEVERITIES.contains(s)) {
                problems.add(new RuleProblem(file, lines.find(rule + ":"), "严重程度只能是 ERROR、WARN 或 INFO，而不是 " + sev));
            } else {
                severity.put(rule, s);
            }
        });
        double ocrMin = DEFAULT_OCR_MIN_CONFIDENCE;
        for (var e : raw.ocr.entrySet()) {
            if (!e.getKey().equals("minConfidence")) {
                problems.add(new RuleProblem(file, lines.find(e.getKey() + ":"), "ocr 下只能设置 minConfidence，而不是 " + e.getKey()));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 100) {
                problems.add(new RuleProblem(file, lines.find("minConfidence:"), "minConfidence 应为 0 到 100 之间的数，而不是 " + e.getValue()));
            } else {
                ocrMin = e.getValue();
            }
        }
        CopyThreshold copies = CopyThreshold.DEFAULT;
        if (raw.textCopied != null) {
            if (raw.textCopied.similarity <= 0 || raw.textCopied.similarity > 1) {
                problems.add(new RuleProblem(file, lines.find("similarity:"),
                        "textCopied 的 similarity 应在 0 和 1 之间（如 0.8 表示 80%），而不是 " + raw.textCopied.similarity));
            } else if (raw.textCopied.minChars < 1) {
                problems.add(new RuleProblem(file, lines.find("minChars:"), "textCopied 的 minChars 应为正整数，而不是 " + raw.textCopied.minChars));
            } else {
                copies = new CopyThreshold(raw.textCopied.similarity, raw.textCopied.minChars);
            }
        }
        if (!problems.isEmpty()) throw new RuleCompilationException(problems);
        ParserSettings parser = new ParserSettings(SectionAliases.defaults().plus(sections), gov, dept, ocrMin);
        return new CheckerSettings(parser, List.copyOf(deadlines), Map.copyOf(raw.appliesFrom),
                Map.copyOf(raw.appliesUntil), Map.copyOf(severity), ocrMin, copies);
    }

    private static List<String> checkPatterns(List<String> regexes, Path file, Lines lines, List<RuleProblem> problems) {
        List<String> ok = new ArrayList<>();
        for (String r : regexes == null ? List.<String>of() : regexes) {
            try {
                Pattern.compile(r);
                ok.add(r);
            } catch (PatternSyntaxException e) {
                problems.add(new RuleProblem(file, lines.find(r), "写法无效的匹配模式「" + r + "」：" + e.getDescription()));
            }
        }
        return ok;
    }

    /** Whether a rule applies to a report of this year, by the appliesFrom / appliesUntil table. */
    public boolean applies(String rule, Integer year) {
        Integer from = appliesFrom.get(rule);
        Integer until = appliesUntil.get(rule);
        if (from == null && until == null) return true;
        if (year == null) return false;   // year-bound checks are not assessable without a year
        return (from == null || year >= from) && (until == null || year <= until);
    }

    /** Line numbers for messages about the YAML file's values; the file is read again only when one is needed. */
    private static final class Lines {
        private final Path file;
        private List<String> lines;

        Lines(Path file) {
            this.file = file;
        }

        int find(String text) {
            if (lines == null) {
                try {
                    lines = file == null ? List.of() : Files.readAllLines(file);
                } catch (IOException e) {
                    lines = List.of();
                }
            }
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
            return 0;
        }
    }
}
