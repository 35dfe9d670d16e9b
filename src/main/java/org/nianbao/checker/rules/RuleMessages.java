package org.nianbao.checker.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rule compiler's messages into one line an officer can act on. The original text is kept after the
 * explanation, shortened, because it names the exact token.
 */
final class RuleMessages {

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNABLE_TO_ANALYSE = Pattern.compile("Unable to Analyse Expression ([^:\\[]+)");
    private static final Pattern MISMATCHED = Pattern.compile("\\[ERR 10\\d\\] Line (\\d+):(\\d+) (.*)");

    private RuleMessages() {
    }

    static String explain(String text) {
        Matcher f = UNKNOWN_FIELD.matcher(text);
        if (f.find()) {
            String type = f.group(1).substring(f.group(1).lastIndexOf('.') + 1);
            return "事实类型 " + type + " 没有字段「" + f.group(2) + "」；请对照 rules/README.md 的字段表 / "
                    + type + " has no field '" + f.group(2) + "'";
        }
        Matcher expr = UNABLE_TO_ANALYSE.matcher(text);
        if (expr.find()) {
            return "无法理解条件「" + expr.group(1).strip() + "」：字段名写错了或该事实类型没有这个字段；请对照 rules/README.md 的字段表 / "
                    + "cannot analyse the condition (unknown field or wrong syntax)";
        }
        Matcher m = MISMATCHED.matcher(text);
        if (m.find()) {
            return "语法错误（第 " + m.group(2) + " 列附近）：" + shorten(m.group(3)) + " / syntax error";
        }
        if (text.contains("NullPointerException") || text.contains("unexpected exception")) {
            return "语法错误：括号或引号可能没有配对 / syntax error: unbalanced brackets or quotes";
        }
        if (text.startsWith("Rule Compilation error")) {
            return "规则的 then 部分有错误：" + shorten(text.substring("Rule Compilation error".length()).strip())
                    + " / error in the rule's action";
        }
        if (text.contains("Unable to resolve ObjectType")) {
            return "未知的事实类型：" + shorten(text) + " / unknown fact type";
        }
        return shorten(text);
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
