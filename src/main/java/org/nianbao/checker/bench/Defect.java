package org.nianbao.checker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A defect the benchmark generator can put into a report's text, with the rule that must find it. Each edit
 * works on every seed layout (tabs, pipes, one cell per line, traditional characters) or says it cannot apply.
 */
enum Defect {

    /** The statistics period sentence loses its keyword. */
    PERIOD_NOT_STATED("PERIOD_NOT_STATED") {
        private static final java.util.regex.Pattern PERIOD_SENTENCE =
                java.util.regex.Pattern.compile("[^。\\n]*(统计期限|統計期限|统计周期|現公布|现公布)[^。\\n]*。?");
        @Override
        String apply(String text) {
            // the whole sentence goes, as when an agency leaves the period out
            String t = PERIOD_SENTENCE.matcher(text).replaceAll("");
            return t.equals(text) ? null : t;
        }
    },
    /** The 信息处理费 statement is reworded so that it no longer names the fee. */
    FEE_NOT_DISCLOSED("FEE_NOT_DISCLOSED") {
        @Override
        String apply(String text) {
            String t = text.replaceAll("[^。\\n]*(信息处理费|信息處理費)[^。\\n]*。?", "无其他需要报告的事项。");
            return t.equals(text) ? null : t;
        }
    },
    /** The signature date disappears (from every copy of the body). */
    DATE_MISSING("DATE_MISSING") {
        @Override
        String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            boolean changed = lines.removeIf(l -> DATE_LINE.matcher(l).matches());
            return changed ? String.join("\n", lines) : null;
        }
    },
    /** The signature date moves to 15 March of the following year: late for a department. */
    PUBLISHED_LATE("PUBLISHED_LATE") {
        @Override
        String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            boolean changed = false;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DATE_LINE.matcher(lines.get(i));
                if (m.matches()) {
                    lines.set(i, m.group(1) + m.group(2) + "年3月15日");
                    changed = true;
                }
            }
            return changed ? String.join("\n", lines) : null;
        }
    },
    /** Table 三's 上年结转 自然人 becomes 1 while its total stays: the column no longer balances. */
    T3_BALANCE("T3_BALANCE") {
        @Override
        String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).contains("上年结转") && !lines.get(i).contains("上年結轉")) continue;
                for (int j = i; j < Math.min(lines.size(), i + 4); j++) {
                    String line = lines.get(j);
                    int from = j == i ? line.indexOf("量") + 1 : 0;
                    Matcher m = FIRST_ZERO.matcher(line);
                    if (m.find(Math.max(from, 0))) {
                        lines.set(j, line.substring(0, m.start(1)) + "1" + line.substring(m.end(1)));
                        return String.join("\n", lines);
                    }
                }
                return null;
            }
            return null;
        }
    },
    /** The heading of section 五 is replaced by something that is not a statutory title. */
    SECTION_MISSING("SECTION_MISSING") {
        @Override
        String apply(String text) {
            Matcher m = SECTION_FIVE.matcher(text);
            return m.find() ? text.substring(0, m.start()) + "五、其他说明" + text.substring(m.end()) : null;
        }
    };

    private static final Pattern DATE_LINE = Pattern.compile("^([\\s?]*)(20\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    private static final Pattern FIRST_ZERO = Pattern.compile("(?:^|[\\t|]\\s*)(0)(?=\\s*(?:[\\t|]|$))");
    private static final Pattern SECTION_FIVE = Pattern.compile("(?m)^[?]?[四五]、存在的主要(问题|問題)[^\\n]*$");

    private final String rule;

    Defect(String rule) {
        this.rule = rule;
    }

    String rule() {
        return rule;
    }

    /** The text with this defect, or null when the text offers no place for it. */
    abstract String apply(String text);
}
