package org.egate.border.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.egate.border.authorization.AuthorizationRequest;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;
import org.egate.document.catalog.DocumentType;
import org.junit.jupiter.api.Test;

/** Use case: a traveler withdraws from automated clearance, and later enrolls again. */
class WithdrawalScenarioTest {
    private static final LocalDate DAY = LocalDate.of(2020, 2, 3);

    @Test
    void withdrawal_erases_the_biometrics_stops_the_lanes_and_allows_a_fresh_enrollment() {
        BorderWorld world = new BorderWorld(DAY);
        Applications applicant = Applications.national();
        Enrollment enrollment = world.enrollmentDesk.enroll(applicant.build()).enrollment();
        DocumentKey passport = applicant.documentOf(DocumentKind.of(DocumentType.ROC_PASSPORT)).key();

        // A month later she asks the counter to withdraw.
        world.clock.setDay(DAY.plusMonths(1));
        Enrollment withdrawn = world.enrollmentDesk.withdraw(enrollment.id(), "traveler's request");

        // Her templates are gone, the record of the enrollment stays for the audit trail.
        assertThat(withdrawn.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(withdrawn.biometrics().isEmpty()).isTrue();
        assertThat(world.enrollments.history(enrollment.traveler())).hasSize(1);
        assertThat(ReasonCode.WITHDRAWN.english()).contains("erased");

        // A lane no longer knows her passport.
        assertThat(world.authorizer.authorize(new AuthorizationRequest(LaneId.of("TAOYUAN-T1-D01"), passport, null))
                .reason()).isEqualTo(ReasonCode.NOT_ENROLLED);

        // She changes her mind and enrolls again with the same passport: a new enrollment.
        EnrollmentOutcome again = world.enrollmentDesk.enroll(applicant.build());
        assertThat(again.reason()).isEqualTo(ReasonCode.ENROLLED);
        assertThat(again.enrollment().id()).isNotEqualTo(enrollment.id());
        assertThat(world.enrollments.history(enrollment.traveler())).hasSize(2);
    }
}
