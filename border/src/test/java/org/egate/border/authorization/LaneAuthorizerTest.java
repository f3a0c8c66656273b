package org.egate.border.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentOutcome;
import org.egate.border.exitban.ExitBan;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.identity.LossReport;
import org.egate.border.identity.OtherDocumentType;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.LaneStatus;
import org.egate.border.site.Location;
import org.egate.border.site.SiteCatalog;
import org.egate.border.site.TerminalCode;
import org.egate.document.catalog.DocumentType;
import org.junit.jupiter.api.Test;

/** "May this holder use this lane now?" at each of its boundaries. */
class LaneAuthorizerTest {
    private static final LocalDate ENROLLED_ON = LocalDate.of(2015, 3, 2);
    private static final LaneId TAOYUAN_DEPARTURE = LaneId.of("TAOYUAN-T2-D01");
    private static final LaneId TAOYUAN_ARRIVAL = LaneId.of("TAOYUAN-T2-A01");
    private static final LaneId SHUITOU_DEPARTURE = LaneId.of("SHUITOU-MAIN-D01");
    private static final DocumentKind ROC_PASSPORT = DocumentKind.of(DocumentType.ROC_PASSPORT);
    private static final DocumentKind KINMEN_MATSU = DocumentKind.of(DocumentType.KINMEN_MATSU_PERMIT);
    private static final DocumentKind ARC = DocumentKind.of(DocumentType.RESIDENT_CERTIFICATE);

    private final BorderWorld world = new BorderWorld(ENROLLED_ON);

    private Enrollment enroll(Applications applicant) {
        EnrollmentOutcome outcome = world.enrollmentDesk.enroll(applicant.build());
        assertThat(outcome.reason()).isEqualTo(ReasonCode.ENROLLED);
        return outcome.enrollment();
    }

    private LaneAuthorization authorize(LaneId lane, DocumentKey document) {
        return world.authorizer.authorize(new AuthorizationRequest(lane, document, null));
    }

    @Test
    void an_enrolled_national_is_authorized_with_the_enrolled_templates_and_the_rule_version() {
        Applications applicant = Applications.national();
        Enrollment enrollment = enroll(applicant);
        LaneAuthorization answer = authorize(TAOYUAN_DEPARTURE, applicant.documentOf(ROC_PASSPORT).key());
        assertThat(answer.reason()).isEqualTo(ReasonCode.AUTHORIZED);
        assertThat(answer.templates()).contains(enrollment.biometrics());
        assertThat(answer.ruleVersion()).isEqualTo(RuleVersionId.of("2013-01-01-prc-spouses"));
        assertThat(answer.day()).isEqualTo(ENROLLED_ON);
    }

    @Test
    void the_kinmen_matsu_permit_is_accepted_at_shuitou_and_refused_at_taoyuan() {
        IdentityDocument permit = Applications.document(KINMEN_MATSU, "TWN", LocalDate.of(2017, 1, 1));
        Applications applicant = Applications.national().replace(ROC_PASSPORT, permit)
                .at(Location.of(SiteCatalog.SHUITOU, TerminalCode.MAIN));
        enroll(applicant);
        assertThat(authorize(SHUITOU_DEPARTURE, permit.key()).reason()).isEqualTo(ReasonCode.AUTHORIZED);
        LaneAuthorization taoyuan = authorize(TAOYUAN_DEPARTURE, permit.key());
        assertThat(taoyuan.refusals()).containsExactly(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
        assertThat(taoyuan.templates()).isEmpty();
    }

    @Test
    void an_exit_ban_refuses_departure_and_allows_arrival() {
        Applications applicant = Applications.national();
        Enrollment enrollment = enroll(applicant);
        world.exitBans.save(ExitBan.imposed(world.exitBans.nextId(), enrollment.traveler(), ENROLLED_ON.plusDays(1),
                "district court"));
        DocumentKey passport = applicant.documentOf(ROC_PASSPORT).key();
        assertThat(authorize(TAOYUAN_DEPARTURE, passport).isAuthorized()).isTrue();
        world.clock.setDay(ENROLLED_ON.plusDays(1));
        assertThat(authorize(TAOYUAN_DEPARTURE, passport).refusals()).containsExactly(ReasonCode.EXIT_BAN);
        assertThat(authorize(TAOYUAN_ARRIVAL, passport).isAuthorized()).isTrue();
    }

    @Test
    void a_lane_refuses_the_day_before_it_opens_and_serves_on_the_day() {
        world.clock.setDay(LocalDate.of(2013, 3, 1));
        Applications applicant = Applications.national();
        enroll(applicant);
        DocumentKey passport = applicant.documentOf(ROC_PASSPORT).key();
        world.clock.setDay(LocalDate.of(2013, 4, 9));
        assertThat(authorize(LaneId.of("TAICHUNG-MAIN-D01"), passport).refusals())
                .containsExactly(ReasonCode.LANE_NOT_YET_OPEN);
        world.clock.setDay(LocalDate.of(2013, 4, 10));
        assertThat(authorize(LaneId.of("TAICHUNG-MAIN-D01"), passport).isAuthorized()).isTrue();
        world.clock.setDay(LocalDate.of(2013, 5, 8));
        assertThat(authorize(LaneId.of("TAOYUAN-T1-A01"), passport).refusals())
                .containsExactly(ReasonCode.LANE_NOT_YET_OPEN);
        world.clock.setDay(LocalDate.of(2013, 5, 9));
        assertThat(authorize(LaneId.of("TAOYUAN-T1-A01"), passport).isAuthorized()).isTrue();
    }

    @Test
    void unknown_closed_and_unenrolled_are_refused_each_with_its_reason() {
        DocumentKey stranger = Applications.document(ROC_PASSPORT, "TWN", LocalDate.of(2020, 1, 1)).key();
        assertThat(authorize(LaneId.of("NOWHERE-1"), stranger).refusals()).containsExactly(ReasonCode.LANE_UNKNOWN);
        assertThat(authorize(TAOYUAN_DEPARTURE, stranger).refusals()).containsExactly(ReasonCode.NOT_ENROLLED);
        Lane closed = world.sites.lane(TAOYUAN_DEPARTURE).orElseThrow().close();
        LaneAuthorizer withClosedLane = new LaneAuthorizer(world.sites.withLane(closed), world.enrollments, world.rules,
                world.exitBans, world.lostStolen, world.clock);
        assertThat(withClosedLane.authorize(new AuthorizationRequest(TAOYUAN_DEPARTURE, stranger, null)).refusals())
                .containsExactly(ReasonCode.LANE_CLOSED);
        assertThat(closed.status()).isEqualTo(LaneStatus.CLOSED);
    }

    @Test
    void a_suspended_enrollment_is_refused_until_reinstated_and_a_withdrawn_one_is_not_enrolled() {
        Applications applicant = Applications.national();
        Enrollment enrollment = enroll(applicant);
        DocumentKey passport = applicant.documentOf(ROC_PASSPORT).key();
        world.enrollmentDesk.suspend(enrollment.id(), "document check");
        assertThat(authorize(TAOYUAN_DEPARTURE, passport).refusals()).containsExactly(ReasonCode.ENROLLMENT_SUSPENDED);
        world.enrollmentDesk.reinstate(enrollment.id(), "checked");
        assertThat(authorize(TAOYUAN_DEPARTURE, passport).isAuthorized()).isTrue();
        world.enrollmentDesk.withdraw(enrollment.id(), "traveler asked");
        assertThat(authorize(TAOYUAN_DEPARTURE, passport).refusals()).containsExactly(ReasonCode.NOT_ENROLLED);
    }

    @Test
    void a_document_is_accepted_on_its_expiry_day_and_refused_the_day_after_as_read_from_the_document() {
        Applications applicant = Applications.national();
        enroll(applicant);
        DocumentKey passport = applicant.documentOf(ROC_PASSPORT).key();
        LocalDate today = ENROLLED_ON;
        assertThat(world.authorizer.authorize(new AuthorizationRequest(TAOYUAN_DEPARTURE, passport, today))
                .isAuthorized()).isTrue();
        assertThat(world.authorizer.authorize(new AuthorizationRequest(TAOYUAN_DEPARTURE, passport,
                today.minusDays(1))).refusals()).containsExactly(ReasonCode.DOCUMENT_EXPIRED);
    }

    @Test
    void a_foreign_resident_presents_the_resident_certificate_and_needs_a_valid_re_entry_permit() {
        LocalDate reEntryExpiry = ENROLLED_ON.plusMonths(6);
        Applications applicant = Applications.of(Category.FOREIGN_RESIDENT).replace(OtherDocumentType.RE_ENTRY_PERMIT,
                Applications.document(OtherDocumentType.RE_ENTRY_PERMIT, "TWN", reEntryExpiry));
        enroll(applicant);
        DocumentKey arc = applicant.documentOf(ARC).key();
        assertThat(authorize(TAOYUAN_DEPARTURE, arc).isAuthorized()).isTrue();
        assertThat(authorize(TAOYUAN_DEPARTURE, applicant.documentOf(OtherDocumentType.FOREIGN_PASSPORT).key())
                .refusals()).contains(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
        world.clock.setDay(reEntryExpiry);
        assertThat(authorize(TAOYUAN_DEPARTURE, arc).isAuthorized()).isTrue();
        world.clock.setDay(reEntryExpiry.plusDays(1));
        assertThat(authorize(TAOYUAN_DEPARTURE, arc).refusals()).containsExactly(ReasonCode.RE_ENTRY_PERMIT_EXPIRED);
    }

    @Test
    void an_expired_resident_certificate_presented_at_the_lane_is_a_residence_permit_refusal() {
        LocalDate expiry = ENROLLED_ON.plusDays(30);
        Applications applicant = Applications.of(Category.FOREIGN_RESIDENT)
                .replace(ARC, Applications.document(ARC, "TWN", expiry));
        enroll(applicant);
        world.clock.setDay(expiry.plusDays(1));
        assertThat(authorize(TAOYUAN_ARRIVAL, applicant.documentOf(ARC).key()).refusals())
                .containsExactly(ReasonCode.RESIDENCE_PERMIT_EXPIRED);
    }

    @Test
    void prc_and_hong_kong_holders_present_the_multiple_entry_permit() {
        Applications spouse = Applications.of(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE);
        enroll(spouse);
        DocumentKind prcPermit = DocumentKind.of(DocumentType.PRC_MULTIPLE_ENTRY_PERMIT);
        assertThat(authorize(TAOYUAN_ARRIVAL, spouse.documentOf(prcPermit).key()).isAuthorized()).isTrue();
        assertThat(authorize(TAOYUAN_ARRIVAL, spouse.documentOf(OtherDocumentType.MAINLAND_TRAVEL_PERMIT).key())
                .isAuthorized()).isFalse();
    }

    @Test
    void a_document_reported_lost_is_referred_to_an_officer() {
        Applications applicant = Applications.national();
        enroll(applicant);
        DocumentKey passport = applicant.documentOf(ROC_PASSPORT).key();
        world.lostStolen.report(new LossReport(passport, ENROLLED_ON, "NIA"));
        LaneAuthorization answer = authorize(TAOYUAN_ARRIVAL, passport);
        assertThat(answer.refusals()).containsExactly(ReasonCode.DOCUMENT_REPORTED_LOST_OR_STOLEN);
        assertThat(answer.holder()).isPresent();
        assertThat(answer.templates()).isEmpty();
    }
}
