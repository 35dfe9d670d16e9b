package org.nianbao.checker.rules;

import java.io.IOException;
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
 * A YAML value with the line it starts on, so that a mistake in an officer's file (settings.yaml, a rule test)
 * can be reported with its line. The value is a {@code Map<String, YamlNode>} (in file order), a
 * {@code List<YamlNode>}, or a scalar (String, Number, Boolean or null).
 */
public record YamlNode(Object value, int line) {

    /** A key given twice in one map: YAML parsers silently keep the last, an officer means one of them. */
    public record Duplicate(String key, int line, int firstLine) {
    }

    /**
     * Reads a whole document; keys repeated in a map are added to {@code duplicates} (the first value is kept).
     *
     * @throws JsonProcessingException on a syntax error; see {@link #syntaxLine} and {@link #syntaxHint}
     */
    public static YamlNode parse(String text, List<Duplicate> duplicates) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            if (p.nextToken() == null) return new YamlNode(null, 1);
            return node(p, duplicates);
        }
    }

    private static YamlNode node(JsonParser p, List<Duplicate> duplicates) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    YamlNode value = node(p, duplicates);
                    YamlNode first = map.putIfAbsent(key, value);
                    if (first != null) duplicates.add(new Duplicate(key, keyLine, first.line()));
                }
                return new YamlNode(map, line);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(node(p, duplicates));
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
     * The line of a syntax error. The YAML parser's message names the problem's own line ("in 'reader', line 3"),
     * which is more exact than the parser position Jackson reports; the latter is the fallback.
     */
    public static int syntaxLine(JsonProcessingException e) {
        List<Integer> marks = marks(e);
        JsonLocation at = e.getLocation();
        return !marks.isEmpty() ? marks.get(marks.size() - 1) : at == null ? 0 : at.getLineNr();
    }

    /**
     * What to do about a syntax error, then the parser's own words; {@code shape} says how the file's items start
     * (added to the advice on indentation), e.g. "每个用例以“- name:”开头".
     */
    public static String syntaxHint(JsonProcessingException e, String shape) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<Integer> marks = marks(e);
        int start = marks.isEmpty() ? syntaxLine(e) : marks.get(0);
        return hint(msg, start, shape) + "（" + firstLine(msg) + "）";
    }

    private static List<Integer> marks(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<Integer> marks = new ArrayList<>();
        Matcher m = MARK.matcher(msg);
        while (m.find()) marks.add(Integer.valueOf(m.group(1)));
        return marks;
    }

    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");

    private static String hint(String msg, int start, String shape) {
        if (msg.contains("(TAB)") || msg.contains("\\t")) {
            return "缩进只能用空格，不能用 Tab（Tab 只能出现在 text: | 的报告内容里）";
        }
        if (msg.contains("mapping values are not allowed")) {
            return "这一行的文字里有“冒号加空格”，YAML 会把它当成新的一项；请把整段文字放在引号里，或改用 text: | 另起一行写";
        }
        if (msg.contains("quoted scalar")) return "第 " + start + " 行开始的引号没有结束（引号要成对）";
        if (msg.contains("block end") || msg.contains("block mapping") || msg.contains("block collection")) {
            return "缩进不一致：同一层的项要用同样多的空格对齐" + (shape == null ? "" : "，" + shape);
        }
        return "请检查这一行及上一行的写法";
    }

    private static String firstLine(String msg) {
        String[] lines = msg.strip().split("\n");
        for (String l : lines) if (l.startsWith("found") || l.startsWith("expected")) return lines[0].strip() + "; " + l.strip();
        return lines[0].strip();
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    public boolean isScalar() {
        return !isMap() && !isList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** The scalar as text; null for null, maps and lists. */
    public String text() {
        return value == null || !isScalar() ? null : String.valueOf(value);
    }

    /** Plain Java values (maps, lists, scalars), e.g. to write back out as YAML. */
    public Object plain() {
        if (isMap()) {
            Map<String, Object> m = new LinkedHashMap<>();
            map().forEach((k, v) -> m.put(k, v.plain()));
            return m;
        }
        if (isList()) return list().stream().map(YamlNode::plain).toList();
        return value;
    }
}
