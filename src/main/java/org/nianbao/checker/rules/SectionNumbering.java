package org.nianbao.checker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nianbao.checker.model.Section;

/**
 * What is off in how the six sections are numbered and ordered: Arabic numerals mixed with Chinese ones, a
 * numeral that does not match the section's place (repeated or skipped), sections out of order.
 */
public record SectionNumbering(List<String> problems, String numbering) {

    public static SectionNumbering of(List<Section> sections) {
        List<Section> byOrder = new ArrayList<>(sections);
        byOrder.sort(Comparator.comparingInt(Section::order));
        List<String> problems = new ArrayList<>();
        boolean arabic = byOrder.stream().anyMatch(s -> s.numberStyle().equals("ARABIC"));
        boolean chinese = byOrder.stream().anyMatch(s -> s.numberStyle().equals("CHINESE"));
        if (arabic && chinese) problems.add("阿拉伯数字与汉字序号混用");
        for (Section s : byOrder) {
            if (s.numberValue() != 0 && s.numberValue() != s.kind()) {
                problems.add("「" + Section.CANONICAL_TITLES[s.kind()] + "」编号为「" + s.number() + "」，应为「"
                        + Section.NUMERALS[s.kind()] + "、」");
            }
        }
        for (int i = 1; i < byOrder.size(); i++) {
            if (byOrder.get(i).kind() < byOrder.get(i - 1).kind()) {
                problems.add("「" + Section.CANONICAL_TITLES[byOrder.get(i).kind()] + "」出现在「"
                        + Section.CANONICAL_TITLES[byOrder.get(i - 1).kind()] + "」之后");
            }
        }
        StringBuilder numbering = new StringBuilder();
        for (Section s : byOrder) numbering.append(s.number().isEmpty() ? "(无编号)" : s.number()).append(' ');
        return new SectionNumbering(problems, numbering.toString().strip());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
