package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How each of the six section titles may be written, as patterns over the title with spaces removed. Earlier
 * patterns are preferred: a report whose 总体情况 has its own 一…六 sub-topics ("二、主动公开情况") still gets
 * its statutory 二、主动公开政府信息情况 picked. Officers extend these in {@code rules/settings.yaml}.
 */
public record SectionAliases(Map<Integer, List<Pattern>> patterns) {

    public static SectionAliases defaults() {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        m.put(1, List.of("总体情况", "总体概况", "基本情况"));
        m.put(2, List.of("主动公开政府信息", "主动公开.*情况"));
        m.put(3, List.of("收到和处理政府信息公开申请", "收到(和|及|与)?处理.*申请", "依申请公开.*情况"));
        m.put(4, List.of("行政复议.*行政诉讼", "复议.*诉讼", "行政法复议.*诉讼"));
        m.put(5, List.of("存在的?主要问题.*(改进|措施)", "存在.*问题.*改进", "问题.*改进"));
        m.put(6, List.of("其他需要报告的事项", "其他需要报告", "其他事项"));
        return of(m);
    }

    public static SectionAliases of(Map<Integer, List<String>> regexes) {
        Map<Integer, List<Pattern>> compiled = new LinkedHashMap<>();
        regexes.forEach((k, list) -> {
            List<Pattern> ps = new ArrayList<>();
            for (String r : list) ps.add(Pattern.compile(r));
            compiled.put(k, List.copyOf(ps));
        });
        return new SectionAliases(Map.copyOf(compiled));
    }

    /** Adds officer-supplied patterns after the built-in ones for the same section. */
    public SectionAliases plus(Map<Integer, List<String>> extra) {
        Map<Integer, List<Pattern>> merged = new LinkedHashMap<>(patterns);
        extra.forEach((k, list) -> {
            List<Pattern> ps = new ArrayList<>(merged.getOrDefault(k, List.of()));
            for (String r : list) ps.add(Pattern.compile(r));
            merged.put(k, List.copyOf(ps));
        });
        return new SectionAliases(Map.copyOf(merged));
    }

    /** Rank of the first pattern of section {@code kind} that matches, or -1. */
    int rank(int kind, String compactTitle) {
        List<Pattern> ps = patterns.getOrDefault(kind, List.of());
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).matcher(compactTitle).find()) return i;
        return -1;
    }
}
