package org.egate.border.eligibility;

import java.util.List;
import java.util.Optional;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;

/**
 * Whether an application meets the rules on a day: every unmet rule (in the order checked), and the rule version
 * applied ({@code null} only when no version was in effect yet).
 */
public record EligibilityDecision(List<ReasonCode> unmet, RuleVersionId ruleVersion) {
    public EligibilityDecision {
        unmet = List.copyOf(unmet);
        if (unmet.stream().anyMatch(r -> r.outcome() == Outcome.ACCEPT)) {
            throw new IllegalArgumentException("unmet rules cannot be acceptances: " + unmet);
        }
        if (ruleVersion == null && !unmet.contains(ReasonCode.CATEGORY_NOT_YET_OPEN)) {
            throw new IllegalArgumentException("a decision without a rule version must say the category is not open");
        }
    }

    public boolean isEligible() {
        return unmet.isEmpty();
    }

    /** {@code ELIGIBLE}, or the first unmet rule. */
    public ReasonCode reason() {
        return unmet.isEmpty() ? ReasonCode.ELIGIBLE : unmet.get(0);
    }

    public Optional<RuleVersionId> version() {
        return Optional.ofNullable(ruleVersion);
    }

    /** True when the only thing wrong needs an officer rather than a refusal (e.g. a document reported lost). */
    public boolean needsOfficer() {
        return !unmet.isEmpty() && unmet.stream().allMatch(r -> r.outcome() == Outcome.REFER);
    }

}
