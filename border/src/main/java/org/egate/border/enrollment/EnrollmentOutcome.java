package org.egate.border.enrollment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.eligibility.EligibilityDecision;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;

/**
 * The answer to an enrollment: {@code ENROLLED} (active), {@code POSSIBLE_DUPLICATE} (stored, pending an officer's
 * review, with the candidates), or a refusal with every unmet rule. The eligibility decision names the rule version.
 *
 * @param enrollment the stored enrollment, {@code null} when refused
 * @param duplicateHits why the 1:N check named candidates (decision 0170); empty when it named none
 */
public record EnrollmentOutcome(ReasonCode reason, Enrollment enrollment, EligibilityDecision eligibility,
        List<DuplicateHit> duplicateHits) {
    public EnrollmentOutcome {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(eligibility, "eligibility");
        duplicateHits = List.copyOf(duplicateHits);
        if ((reason.outcome() == Outcome.REJECT) == (enrollment != null)) {
            throw new IllegalArgumentException(reason + " with enrollment " + enrollment);
        }
    }

    /** The candidates the hits name, each once, in the hits' order. */
    public List<EnrollmentId> duplicateCandidates() {
        return duplicateHits.stream().map(DuplicateHit::candidate).distinct().toList();
    }

    public Optional<Enrollment> stored() {
        return Optional.ofNullable(enrollment);
    }

    public Outcome outcome() {
        return reason.outcome();
    }
}
