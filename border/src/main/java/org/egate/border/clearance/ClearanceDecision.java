package org.egate.border.clearance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.egate.border.reason.BilingualMessage;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;

/**
 * The outcome of one clearance, derived from the checks that ran (never set by hand): reason code, bilingual message,
 * and every check with its score, threshold and time, kept with the crossing (DESIGN.md "Every decision is
 * explainable").
 *
 * <p>Derivation: a failed check stops being decisive when a later check covers it ({@link Step#covers}); the first
 * failure left uncovered is the decision. With none: {@code OFFICER_OVERRIDE} when an officer's review passed after
 * a failure, else {@code CLEARED}. No checks at all is not a decision.
 */
public record ClearanceDecision(ReasonCode reason, List<CheckResult> checks) {

    public ClearanceDecision {
        Objects.requireNonNull(reason, "reason");
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("a clearance decision needs at least one check");
        }
    }

    /** Builds the decision from the checks in the order they ran. */
    public static ClearanceDecision derivedFrom(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("a clearance decision needs at least one check");
        }
        boolean anyFailure = false;
        for (int i = 0; i < checks.size(); i++) {
            CheckResult check = checks.get(i);
            if (check.isPassed()) {
                continue;
            }
            anyFailure = true;
            if (!coveredLater(checks, i)) {
                return new ClearanceDecision(check.failure(), checks);
            }
        }
        boolean overridden = anyFailure && checks.stream()
                .anyMatch(c -> c.step() == Step.OFFICER_REVIEW && c.isPassed());
        return new ClearanceDecision(overridden ? ReasonCode.OFFICER_OVERRIDE : ReasonCode.CLEARED, checks);
    }

    private static boolean coveredLater(List<CheckResult> checks, int failedAt) {
        Step failed = checks.get(failedAt).step();
        for (int j = failedAt + 1; j < checks.size(); j++) {
            CheckResult later = checks.get(j);
            if (later.isPassed() && later.step().covers(failed)) {
                return true;
            }
        }
        return false;
    }

    public Outcome outcome() {
        return reason.outcome();
    }

    public boolean isCleared() {
        return reason.outcome() == Outcome.ACCEPT;
    }

    public BilingualMessage message() {
        return reason.message();
    }

    /** Sum of the step timings. */
    public Duration totalTime() {
        return checks.stream().map(CheckResult::elapsed).reduce(Duration.ZERO, Duration::plus);
    }
}
