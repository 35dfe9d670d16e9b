package org.nianbao.checker.rules.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.nianbao.checker.rules.CheckerSettings;
import org.nianbao.checker.rules.YamlNode;
import org.nianbao.checker.rules.RuleCompilationException;

/**
 * A case's {@code settings:} laid over the rule folder's settings.yaml (a key the case gives replaces the same key
 * there; maps such as {@code severity:} are merged key by key), then read exactly as a run reads settings.yaml.
 */
final class CaseSettings {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CaseSettings() {
    }

    /**
     * @throws TestFileException with the case's settings line when the merged settings are not valid
     */
    static CheckerSettings apply(Path ruleDir, YamlNode overrides, Path testFile) throws TestFileException {
        Path tmp = null;
        try {
            Map<String, Object> merged = new LinkedHashMap<>();
            Path base = ruleDir.resolve(CheckerSettings.FILE_NAME);
            if (Files.exists(base)) {
                Map<?, ?> read = YAML.readValue(base.toFile(), Map.class);
                if (read != null) read.forEach((k, v) -> merged.put(String.valueOf(k), v));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> extra = (Map<String, Object>) overrides.plain();
            merge(merged, extra);
            tmp = Files.createTempDirectory("rule-test-settings");
            YAML.writeValue(tmp.resolve(CheckerSettings.FILE_NAME).toFile(), merged);
            return CheckerSettings.load(ruleDir, tmp.resolve(CheckerSettings.FILE_NAME));
        } catch (RuleCompilationException e) {
            List<TestFileProblem> problems = e.problems().stream()
                    .map(p -> new TestFileProblem(testFile, overrides.line(), "settings 有误 / invalid settings：" + p.message()))
                    .toList();
            throw new TestFileException(problems);
        } catch (IOException e) {
            throw new TestFileException(List.of(new TestFileProblem(testFile, overrides.line(),
                    "无法读取规则文件夹的 settings.yaml / cannot read settings.yaml：" + e.getMessage())));
        } finally {
            delete(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> extra) {
        extra.forEach((k, v) -> {
            Object old = into.get(k);
            if (old instanceof Map<?, ?> oldMap && v instanceof Map<?, ?> newMap) {
                Map<String, Object> m = new LinkedHashMap<>();
                oldMap.forEach((a, b) -> m.put(String.valueOf(a), b));
                merge(m, (Map<String, Object>) newMap);
                into.put(k, m);
            } else {
                into.put(k, v);
            }
        });
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
