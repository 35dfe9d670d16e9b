package org.nianbao.checker.rules.ruletest;

import java.io.PrintWriter;
import java.util.List;

/** What {@code checker rules test} prints: one line per case (✓ / ✗), the differences of a failed case, a summary. */
public final class RuleTestPrinter {

    private final PrintWriter out;

    public RuleTestPrinter(PrintWriter out) {
        this.out = out;
    }

    public void caseDone(CaseResult r) {
        RuleTestCase c = r.testCase();
        out.println((r.passed() ? "✓ " : "✗ ") + c.testFile() + ":" + c.line() + "  " + c.name());
        for (String d : r.differences()) out.println("    " + d);
        out.flush();
    }

    /** "通过 63 个，失败 1 个 / 63 passed, 1 failed" */
    public void summary(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        long failed = results.size() - passed;
        out.println();
        out.println("通过 " + passed + " 个，失败 " + failed + " 个 / " + passed + " passed, " + failed + " failed");
        out.flush();
    }

    public static void problems(PrintWriter err, List<TestFileProblem> problems) {
        err.println("规则测试文件有 " + problems.size() + " 处问题，未运行任何用例 / the rule-test files have "
                + problems.size() + " problem(s); no case was run:");
        for (TestFileProblem p : problems) err.println("  " + p.describe());
        err.flush();
    }
}
