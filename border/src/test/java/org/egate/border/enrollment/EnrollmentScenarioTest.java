package org.egate.border.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.junit.jupiter.api.Test;

/** Use case: enrolling at a counter, told as it happens. */
class EnrollmentScenarioTest {
    private static final LocalDate DAY = LocalDate.of(2018, 4, 2);

    @Test
    void a_national_enrolls_at_taoyuan_and_is_active_at_once() {
        BorderWorld world = new BorderWorld(DAY);

        // The officer checks the passport and national ID card, measures 168 cm, captures face and both index fingers.
        Applications applicant = Applications.national().height(168);
        EnrollmentOutcome outcome = world.enrollmentDesk.enroll(applicant.build());

        // The system enrolls her under today's rules and says which version it applied.
        assertThat(outcome.reason()).isEqualTo(ReasonCode.ENROLLED);
        Enrollment enrollment = outcome.enrollment();
        assertThat(enrollment.isActive()).isTrue();
        assertThat(enrollment.ruleVersion()).isEqualTo(RuleVersionId.of("2017-03-08-fingerprints"));
        assertThat(enrollment.enrolledOn()).isEqualTo(DAY);
        assertThat(enrollment.biometrics().hasBothIndexFingers()).isTrue();
        assertThat(world.travelers.find(enrollment.traveler())).isPresent();

        // Coming back the same afternoon with the same passport does not create a second enrollment.
        EnrollmentOutcome again = world.enrollmentDesk.enroll(applicant.build());
        assertThat(again.reason()).isEqualTo(ReasonCode.ALREADY_ENROLLED);
        assertThat(again.stored()).isEmpty();
        assertThat(world.enrollments.size()).isEqualTo(1);
    }

    @Test
    void a_biometric_hit_goes_to_an_officer_who_approves_it() {
        BorderWorld first = new BorderWorld(DAY);
        Enrollment earlier = first.enrollmentDesk.enroll(Applications.national().build()).enrollment();
        // The 1:N search finds the earlier enrollment's face in the new applicant's capture.
        BorderWorld world = new BorderWorld(DAY, (biometrics, applicant) -> List.of(
                new DuplicateHit(earlier.id(), "FACE", "FACE", 0.7, 0.6, FmrTarget.ONE_PER_TEN_THOUSAND),
                new DuplicateHit(earlier.id(), "LEFT_INDEX", "RIGHT_INDEX", 52, 40, FmrTarget.ONE_PER_TEN_THOUSAND)));

        EnrollmentOutcome outcome = world.enrollmentDesk.enroll(Applications.of(Category.FOREIGN_RESIDENT).build());

        // Not refused: kept, waiting for an officer, with the candidate named.
        assertThat(outcome.reason()).isEqualTo(ReasonCode.POSSIBLE_DUPLICATE);
        assertThat(outcome.outcome()).isEqualTo(Outcome.REFER);
        assertThat(outcome.duplicateCandidates()).containsExactly(earlier.id());
        // and why: each modality that hit, for the officer and the auditor (decision 0170)
        assertThat(outcome.duplicateHits()).extracting(DuplicateHit::modality).containsExactly("FACE", "LEFT_INDEX");
        Enrollment pending = outcome.enrollment();
        assertThat(pending.status()).isEqualTo(EnrollmentStatus.PENDING_REVIEW);
        assertThat(pending.status().laneRefusal()).contains(ReasonCode.ENROLLMENT_PENDING_REVIEW);

        // The officer compares the two people: twins, not the same person. She approves.
        world.clock.setDay(DAY.plusDays(1));
        Enrollment approved = world.enrollmentDesk.review(pending.id(), true, "twins; different people");
        assertThat(approved.isActive()).isTrue();
        assertThat(approved.statusSince()).isEqualTo(DAY.plusDays(1));
        assertThat(approved.statusNote()).isEqualTo("twins; different people");
    }

    @Test
    void a_hit_below_its_threshold_or_of_an_unknown_modality_is_refused() {
        EnrollmentId someone = new EnrollmentId(new java.util.UUID(7, 7));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new DuplicateHit(someone, "FACE", "FACE", 0.5, 0.6, FmrTarget.ONE_PER_TEN_THOUSAND))
                .hasMessage("a hit's score must be at or above its threshold but was 0.5 < 0.6");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new DuplicateHit(someone, "IRIS", "IRIS", 1, 0.6, FmrTarget.ONE_PER_TEN_THOUSAND))
                .hasMessageStartingWith("a hit's modality is one of");
    }

    @Test
    void a_rejected_referral_is_withdrawn_with_its_biometrics_erased() {
        BorderWorld world = new BorderWorld(DAY, (biometrics, applicant) -> List.of(new DuplicateHit(
                new EnrollmentId(new java.util.UUID(9, 9)), "FACE", "FACE", 0.7, 0.6, FmrTarget.ONE_PER_TEN_THOUSAND)));
        Enrollment pending = world.enrollmentDesk.enroll(Applications.national().build()).enrollment();
        Enrollment rejected = world.enrollmentDesk.review(pending.id(), false, "same person as the candidate");
        assertThat(rejected.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(rejected.biometrics().isEmpty()).isTrue();
    }

    @Test
    void a_refused_application_stores_nothing_and_lists_every_unmet_rule() {
        BorderWorld world = new BorderWorld(DAY);
        EnrollmentOutcome outcome = world.enrollmentDesk.enroll(Applications.national().height(135).faceOnly().build());
        assertThat(outcome.reason()).isEqualTo(ReasonCode.TOO_SHORT);
        assertThat(outcome.eligibility().unmet()).containsExactly(ReasonCode.TOO_SHORT, ReasonCode.FINGERPRINTS_REQUIRED);
        assertThat(outcome.stored()).isEmpty();
        assertThat(world.enrollments.size()).isZero();
    }
}
