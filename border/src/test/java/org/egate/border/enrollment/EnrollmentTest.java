package org.egate.border.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.reason.ReasonCode;
import org.egate.document.catalog.DocumentType;
import org.junit.jupiter.api.Test;

class EnrollmentTest {
    private static final LocalDate DAY = LocalDate.of(2016, 1, 4);
    private static final DocumentKind PASSPORT = DocumentKind.of(DocumentType.ROC_PASSPORT);
    private final BorderWorld world = new BorderWorld(DAY);
    private final Applications applicant = Applications.national();
    private final Enrollment active = world.enrollmentDesk.enroll(applicant.build()).enrollment();

    @Test
    void transitions_only_from_the_status_they_need_and_say_which_one() {
        assertThatThrownBy(() -> active.approve(DAY, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACTIVE").hasMessageContaining("PENDING_REVIEW");
        assertThatThrownBy(() -> active.reinstate(DAY, "x")).hasMessageContaining("needs SUSPENDED");
        Enrollment withdrawn = active.withdraw(DAY, "asked");
        assertThatThrownBy(() -> withdrawn.withdraw(DAY, "again")).hasMessageContaining("already withdrawn");
        assertThatThrownBy(() -> withdrawn.suspend(DAY, "x")).hasMessageContaining("WITHDRAWN");
        assertThatThrownBy(() -> withdrawn.suspend(DAY, "x")).isInstanceOfSatisfying(EnrollmentChangeRefused.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.ENROLLMENT_STATUS_CONFLICT));
    }

    @Test
    void an_unknown_enrollment_is_refused_with_its_reason_code() {
        EnrollmentId unknown = new EnrollmentId(new java.util.UUID(5, 5));
        assertThatThrownBy(() -> world.enrollmentDesk.withdraw(unknown, "x"))
                .isInstanceOfSatisfying(EnrollmentChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.ENROLLMENT_NOT_FOUND))
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void a_change_cannot_be_dated_before_the_last_one() {
        Enrollment suspended = active.suspend(DAY.plusDays(5), "check");
        assertThatThrownBy(() -> suspended.reinstate(DAY.plusDays(4), "x")).hasMessageContaining(DAY.plusDays(5).toString());
    }

    @Test
    void a_withdrawn_enrollment_cannot_hold_biometrics() {
        Enrollment withdrawn = active.withdraw(DAY, "asked");
        assertThat(withdrawn.biometrics()).isEqualTo(BiometricSet.none());
        assertThatThrownBy(() -> new Enrollment(withdrawn.id(), withdrawn.traveler(), withdrawn.category(),
                withdrawn.documents(), active.biometrics(), null, withdrawn.height(), withdrawn.place(),
                withdrawn.enrolledOn(), withdrawn.ruleVersion(), EnrollmentStatus.WITHDRAWN, DAY, ""))
                .hasMessageContaining("must hold no biometrics");
    }

    @Test
    void a_renewed_passport_replaces_the_old_one_and_keeps_the_biometrics() {
        IdentityDocument old = applicant.documentOf(PASSPORT);
        IdentityDocument renewed = Applications.document(PASSPORT, "TWN", LocalDate.of(2026, 1, 3));
        Enrollment changed = active.renewDocument(old.key(), renewed, DAY.plusDays(30));
        assertThat(changed.holds(renewed.key())).isTrue();
        assertThat(changed.holds(old.key())).isFalse();
        assertThat(changed.biometrics()).isEqualTo(active.biometrics());
        assertThat(changed.gateDocuments()).containsExactly(renewed);
        IdentityDocument card = Applications.document(DocumentKind.of(DocumentType.NHI_CARD), "TWN", null);
        assertThatThrownBy(() -> active.renewDocument(old.key(), card, DAY)).hasMessageContaining("NHI_CARD");
        assertThatThrownBy(() -> active.renewDocument(renewed.key(), renewed, DAY))
                .isInstanceOfSatisfying(EnrollmentChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.DOCUMENT_NOT_ENROLLED));
    }
}
