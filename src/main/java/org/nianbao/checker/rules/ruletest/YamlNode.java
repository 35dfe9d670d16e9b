package org.nianbao.checker.rules.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML value with the line it starts on, so that a mistake in a test file can be reported with its line.
 * The value is a {@code Map<String, YamlNode>} (in file order), a {@code List<YamlNode>}, or a scalar
 * (String, Number, Boolean or null).
 */
record YamlNode(Object value, int line) {

    /** Reads a whole file; a syntax error becomes a problem with the line Jackson reports. */
    static YamlNode read(Path file) throws TestFileException {
        try (JsonParser p = new YAMLFactory().createParser(Files.readString(file))) {
            if (p.nextToken() == null) return new YamlNode(null, 1);
            return node(p);
        } catch (JsonProcessingException e) {
            throw new TestFileException(List.of(syntaxProblem(file, e)));
        } catch (IOException e) {
            throw new TestFileException(List.of(new TestFileProblem(file, 0, "无法读取测试文件 / cannot read：" + e.getMessage())));
        }
    }

    private static YamlNode node(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, node(p));
                }
                return new YamlNode(map, line);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(node(p));
                return new YamlNode(list, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode(p.getNumberValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode(p.getBooleanValue(), line);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line);
            }
            default -> {
                return new YamlNode(p.getText(), line);
            }
        }
    }

    /**
     * The line of a syntax error and what to do about it. The YAML parser's message names the problem's own line
     * ("in 'reader', line 3"), which is more exact than the parser position Jackson reports; the latter is the
     * fallback.
     */
    static TestFileProblem syntaxProblem(Path file, JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<Integer> marks = new ArrayList<>();
        Matcher m = MARK.matcher(msg);
        while (m.find()) marks.add(Integer.valueOf(m.group(1)));
        JsonLocation at = e.getLocation();
        int line = !marks.isEmpty() ? marks.get(marks.size() - 1) : at == null ? 0 : at.getLineNr();
        int start = marks.isEmpty() ? line : marks.get(0);
        return new TestFileProblem(file, line, "YAML 格式错误 / YAML syntax error：" + hint(msg, start) + "（" + firstLine(msg) + "）");
    }

    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");

    private static String hint(String msg, int start) {
        if (msg.contains("(TAB)") || msg.contains("\\t")) {
            return "缩进只能用空格，不能用 Tab（Tab 只能出现在 text: | 的报告内容里）";
        }
        if (msg.contains("mapping values are not allowed")) {
            return "这一行的文字里有“冒号加空格”，YAML 会把它当成新的一项；请把整段文字放在引号里，或改用 text: | 另起一行写";
        }
        if (msg.contains("quoted scalar")) return "第 " + start + " 行开始的引号没有结束（引号要成对）";
        if (msg.contains("block end") || msg.contains("block mapping") || msg.contains("block collection")) {
            return "缩进不一致：同一层的项要用同样多的空格对齐，每个用例以“- name:”开头";
        }
        return "请检查这一行及上一行的写法";
    }

    private static String firstLine(String msg) {
        String[] lines = msg.strip().split("\n");
        for (String l : lines) if (l.startsWith("found") || l.startsWith("expected")) return lines[0].strip() + "; " + l.strip();
        return lines[0].strip();
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return !isMap() && !isList();
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** The scalar as text; null for null, maps and lists. */
    String text() {
        return value == null || !isScalar() ? null : String.valueOf(value);
    }

    /** Plain Java values (maps, lists, scalars), e.g. to write back out as YAML. */
    Object plain() {
        if (isMap()) {
            Map<String, Object> m = new LinkedHashMap<>();
            map().forEach((k, v) -> m.put(k, v.plain()));
            return m;
        }
        if (isList()) return list().stream().map(YamlNode::plain).toList();
        return value;
    }
}
