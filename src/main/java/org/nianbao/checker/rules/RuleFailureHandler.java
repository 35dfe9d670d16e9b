package org.nianbao.checker.rules;

import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * What Drools does when a rule's action throws: instead of abandoning the whole session (which used to turn the
 * report into "文件无法读取", its agency, year and real findings lost), the failure is inserted as a
 * {@link RuleFailure} fact and the other rules go on firing. {@link ReportChecker} then stops firing that rule.
 * Set on the rule base (Drools instantiates it by class).
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {

    @Override
    public void handleException(Match match, RuleRuntime session, Exception exception) {
        RuleFailure failure = null;
        for (Throwable t = exception; t != null && failure == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FactLimitExceeded limit) failure = limit.failure();
        }
        if (failure == null) failure = RuleFailure.of(match.getRule(), RuleFailure.Kind.EXCEPTION, describe(exception));
        ReportChecker.logFailure(failure, exception);
        session.insert(failure);
    }

    /** "ArithmeticException: / by zero", from the innermost cause (Drools wraps what the action threw). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + (msg.length() > 300 ? msg.substring(0, 300) + "…" : msg));
    }

    /** Thrown from an insert that takes a rule past its share of facts; the handler turns it into a failure. */
    static final class FactLimitExceeded extends RuntimeException {
        private final transient RuleFailure failure;

        FactLimitExceeded(RuleFailure failure) {
            super(failure.detail(), null, false, false);
            this.failure = failure;
        }

        RuleFailure failure() {
            return failure;
        }
    }
}
