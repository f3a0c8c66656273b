package org.egate.border.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;

/**
 * The answer to "may this holder use this lane now?": {@code AUTHORIZED} with the enrollment whose templates the lane
 * matches against, or every refusal found (first = the reason shown). Names the day and the rule version applied.
 *
 * @param enrollment the holder's enrollment when one was found (also on refusals, for audit), else {@code null}
 * @param ruleVersion the rule version applied, {@code null} when the check stopped before rules applied
 */
public record LaneAuthorization(LaneId lane, LocalDate day, List<ReasonCode> refusals, Enrollment enrollment,
        RuleVersionId ruleVersion) {
    public LaneAuthorization {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(day, "day");
        refusals = List.copyOf(refusals);
        if (refusals.stream().anyMatch(r -> r.outcome() == Outcome.ACCEPT)) {
            throw new IllegalArgumentException("refusals cannot be acceptances: " + refusals);
        }
        if (refusals.isEmpty() && (enrollment == null || ruleVersion == null)) {
            throw new IllegalArgumentException("an authorization needs the enrollment and the rule version");
        }
    }

    public boolean isAuthorized() {
        return refusals.isEmpty();
    }

    /** {@code AUTHORIZED}, or the first refusal. */
    public ReasonCode reason() {
        return refusals.isEmpty() ? ReasonCode.AUTHORIZED : refusals.get(0);
    }

    public Optional<Enrollment> holder() {
        return Optional.ofNullable(enrollment);
    }

    /** The enrolled templates to match at the lane; only when authorized. */
    public Optional<BiometricSet> templates() {
        return isAuthorized() ? Optional.of(enrollment.biometrics()) : Optional.empty();
    }

    public Optional<RuleVersionId> version() {
        return Optional.ofNullable(ruleVersion);
    }
}
