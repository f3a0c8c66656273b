package org.egate.border.enrollment;

import java.util.Optional;
import org.egate.border.reason.ReasonCode;

/** Where an enrollment stands. Only {@link #ACTIVE} enrollments may use a lane. */
public enum EnrollmentStatus {
    /** A 1:N duplicate hit put it in an officer's referral queue; not usable until approved. */
    PENDING_REVIEW(ReasonCode.ENROLLMENT_PENDING_REVIEW),
    ACTIVE(null),
    /** An officer stopped its use (e.g. a document problem); can be reinstated. */
    SUSPENDED(ReasonCode.ENROLLMENT_SUSPENDED),
    /** The traveler withdrew, or an officer rejected a referral; final, biometrics erased. */
    WITHDRAWN(ReasonCode.ENROLLMENT_WITHDRAWN);

    private final ReasonCode refusal;

    EnrollmentStatus(ReasonCode refusal) {
        this.refusal = refusal;
    }

    /** Why a lane refuses an enrollment in this status, empty for {@link #ACTIVE}. */
    public Optional<ReasonCode> laneRefusal() {
        return Optional.ofNullable(refusal);
    }
}
