package org.egate.border.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.egate.border.biometric.Consent;
import org.egate.border.exitban.ExitBan;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.identity.LossReport;
import org.egate.border.identity.OtherDocumentType;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Location;
import org.egate.border.site.SiteCatalog;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.Age;
import org.egate.border.traveler.Height;
import org.egate.document.catalog.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every eligibility rule of the source at its boundary: the day before and the day of, one value either side. */
class EligibilityPolicyTest {
    private static final Location SHUITOU = Location.of(SiteCatalog.SHUITOU, TerminalCode.MAIN);
    private static final LocalDate IN_2015 = LocalDate.of(2015, 6, 1);
    private static final DocumentKind ROC_PASSPORT = DocumentKind.of(DocumentType.ROC_PASSPORT);
    private static final DocumentKind ARC = DocumentKind.of(DocumentType.RESIDENT_CERTIFICATE);

    private final BorderWorld world = new BorderWorld(IN_2015);

    private EligibilityDecision assess(Applications application, LocalDate day) {
        return world.eligibility.assess(application.build(), day);
    }

    private EligibilityDecision assess(Applications application, String day) {
        return assess(application, LocalDate.parse(day));
    }

    // ---- dates -------------------------------------------------------------------------------------------------

    @Test
    void nobody_enrolls_before_the_shuitou_trial_and_nationals_do_from_its_first_day() {
        EligibilityDecision before = assess(Applications.national().at(SHUITOU), "2011-03-28");
        assertThat(before.unmet()).containsExactly(ReasonCode.CATEGORY_NOT_YET_OPEN);
        assertThat(before.version()).isEmpty();
        EligibilityDecision on = assess(Applications.national().at(SHUITOU), "2011-03-29");
        assertThat(on.isEligible()).isTrue();
        assertThat(on.reason()).isEqualTo(ReasonCode.ELIGIBLE);
        assertThat(on.ruleVersion()).isEqualTo(RuleVersionId.of("2011-03-29-trial"));
    }

    @Test
    void an_enrollment_place_enrolls_from_the_day_its_terminal_opened() {
        Location t2 = Location.of(SiteCatalog.TAOYUAN, SiteCatalog.T2);
        Location t1 = Location.of(SiteCatalog.TAOYUAN, SiteCatalog.T1);
        assertThat(assess(Applications.national().at(t2), "2011-09-12").unmet())
                .containsExactly(ReasonCode.NOT_AN_ENROLLMENT_PLACE);
        assertThat(assess(Applications.national().at(t2), "2011-09-13").isEligible()).isTrue();
        assertThat(assess(Applications.national().at(t1), "2013-05-08").unmet())
                .containsExactly(ReasonCode.NOT_AN_ENROLLMENT_PLACE);
        assertThat(assess(Applications.national().at(t1), "2013-05-09").isEligible()).isTrue();
    }

    static Stream<Arguments> nonCitizenCategories() {
        return Stream.of(
                Arguments.of(Category.FOREIGN_RESIDENT, "2012-09-03"),
                Arguments.of(Category.FOREIGN_DIPLOMAT, "2012-09-03"),
                Arguments.of(Category.NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION, "2012-09-03"),
                Arguments.of(Category.HONG_KONG_MACAO_RESIDENT, "2012-09-03"),
                Arguments.of(Category.PRC_LONG_TERM_RESIDENT, "2012-09-03"),
                Arguments.of(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE, "2013-01-01"));
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("nonCitizenCategories")
    void each_non_citizen_category_is_refused_the_day_before_its_opening_and_eligible_on_the_day(Category category,
            String opening) {
        LocalDate day = LocalDate.parse(opening);
        assertThat(assess(Applications.of(category), day.minusDays(1)).unmet())
                .containsExactly(ReasonCode.CATEGORY_NOT_YET_OPEN);
        EligibilityDecision on = assess(Applications.of(category), day);
        assertThat(on.unmet()).isEmpty();
        assertThat(on.ruleVersion().value()).startsWith(opening);
    }

    // ---- age and height ----------------------------------------------------------------------------------------

    @Test
    void thirteen_years_and_364_days_is_under_age_and_the_fourteenth_birthday_is_not() {
        Applications applicant = Applications.national().bornOn(LocalDate.of(2001, 6, 1)).height(150);
        assertThat(assess(applicant, "2015-05-31").unmet()).containsExactly(ReasonCode.UNDER_AGE);
        assertThat(assess(applicant, "2015-06-01").isEligible()).isTrue();
    }

    @Test
    void a_29_february_child_turns_fourteen_on_1_march_in_a_common_year() {
        Applications applicant = Applications.national().bornOn(LocalDate.of(2000, 2, 29)).height(150);
        assertThat(assess(applicant, "2014-02-28").unmet()).containsExactly(ReasonCode.UNDER_AGE);
        assertThat(assess(applicant, "2014-03-01").isEligible()).isTrue();
    }

    @Test
    void a_29_february_child_turns_fourteen_on_29_february_in_a_leap_year() {
        Applications applicant = Applications.national().bornOn(LocalDate.of(2002, 2, 28)).height(150);
        Applications leapBorn = Applications.national().bornOn(LocalDate.of(2004, 2, 29)).height(150);
        assertThat(assess(applicant, "2016-02-28").isEligible()).isTrue();
        assertThat(assess(leapBorn, "2018-02-28").unmet()).containsExactly(ReasonCode.UNDER_AGE);
        assertThat(assess(leapBorn, "2018-03-01").isEligible()).isTrue();
    }

    @Test
    void a_birth_date_after_today_is_a_data_error_not_an_age() {
        assertThat(assess(Applications.national().bornOn(IN_2015.plusDays(1)), IN_2015).unmet())
                .containsExactly(ReasonCode.BIRTH_DATE_IN_FUTURE);
        assertThat(assess(Applications.national().bornOn(IN_2015).height(50), IN_2015).unmet())
                .containsExactly(ReasonCode.UNDER_AGE, ReasonCode.TOO_SHORT);
    }

    @Test
    void one_hundred_thirty_nine_centimetres_is_too_short_and_one_hundred_forty_is_not() {
        assertThat(assess(Applications.national().height(139), IN_2015).unmet()).containsExactly(ReasonCode.TOO_SHORT);
        assertThat(assess(Applications.national().height(140), IN_2015).isEligible()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void age_and_height_apply_to_every_category(Category category) {
        Applications young = Applications.of(category).bornOn(IN_2015.minusYears(14).plusDays(1)).height(139);
        assertThat(assess(young, IN_2015).unmet()).contains(ReasonCode.UNDER_AGE, ReasonCode.TOO_SHORT);
    }

    // ---- exit ban, fingerprints, consent ------------------------------------------------------------------------

    @Test
    void a_national_under_an_exit_ban_cannot_enroll_until_it_is_lifted() {
        Applications applicant = Applications.national();
        var traveler = applicant.build().traveler().id();
        ExitBan ban = ExitBan.imposed(world.exitBans.nextId(), traveler, IN_2015, "district court");
        world.exitBans.save(ban);
        assertThat(assess(applicant, IN_2015.minusDays(1)).isEligible()).isTrue();
        assertThat(assess(applicant, IN_2015).unmet()).containsExactly(ReasonCode.EXIT_BAN);
        world.exitBans.save(ban.liftOn(IN_2015.plusDays(10)));
        assertThat(assess(applicant, IN_2015.plusDays(10)).isEligible()).isTrue();
    }

    @Test
    void a_national_without_fingerprints_enrolls_the_day_before_2017_03_08_but_not_on_that_day() {
        EligibilityDecision before = assess(Applications.national().faceOnly(), "2017-03-07");
        assertThat(before.isEligible()).isTrue();
        assertThat(before.ruleVersion()).isEqualTo(RuleVersionId.of("2013-01-01-prc-spouses"));
        EligibilityDecision on = assess(Applications.national().faceOnly(), "2017-03-08");
        assertThat(on.unmet()).containsExactly(ReasonCode.FINGERPRINTS_REQUIRED);
        assertThat(on.ruleVersion()).isEqualTo(RuleVersionId.of("2017-03-08-fingerprints"));
    }

    @Test
    void one_index_finger_is_not_enough_once_fingerprints_are_mandatory() {
        var full = Applications.biometricsOf(3);
        var oneFinger = org.egate.border.biometric.BiometricSet.faceAndFingers(full.faceTemplate().orElseThrow(),
                full.fingers().values().iterator().next());
        assertThat(assess(Applications.national().biometrics(oneFinger), "2017-03-08").unmet())
                .containsExactly(ReasonCode.FINGERPRINTS_REQUIRED);
    }

    @Test
    void non_citizens_always_need_both_biometrics_and_consent() {
        EligibilityDecision faceOnly = assess(Applications.of(Category.FOREIGN_RESIDENT).faceOnly(), IN_2015);
        assertThat(faceOnly.unmet()).containsExactly(ReasonCode.FINGERPRINTS_REQUIRED);
        EligibilityDecision noConsent = assess(Applications.of(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE).consent(null),
                IN_2015);
        assertThat(noConsent.unmet()).containsExactly(ReasonCode.CONSENT_REQUIRED);
        EligibilityDecision faceConsentOnly = assess(Applications.of(Category.HONG_KONG_MACAO_RESIDENT)
                .consent(new Consent(true, false, IN_2015)), IN_2015);
        assertThat(faceConsentOnly.unmet()).containsExactly(ReasonCode.CONSENT_REQUIRED);
    }

    @Test
    void a_face_image_is_always_required() {
        var fingersOnly = new org.egate.border.biometric.BiometricSet(null, Applications.biometricsOf(4).fingers());
        assertThat(assess(Applications.national().biometrics(fingersOnly), IN_2015).unmet())
                .containsExactly(ReasonCode.FACE_IMAGE_REQUIRED);
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    @Test
    void a_national_may_enroll_with_the_kinmen_matsu_permit_instead_of_a_passport() {
        IdentityDocument permit = Applications.document(DocumentKind.of(DocumentType.KINMEN_MATSU_PERMIT), "TWN",
                LocalDate.of(2018, 1, 1));
        assertThat(assess(Applications.national().replace(ROC_PASSPORT, permit).at(SHUITOU), IN_2015).isEligible())
                .isTrue();
    }

    @Test
    void a_national_needs_one_government_photo_id_besides_the_travel_document() {
        DocumentKind idCard = DocumentKind.of(DocumentType.NATIONAL_ID_CARD);
        assertThat(assess(Applications.national().without(idCard), IN_2015).unmet())
                .containsExactly(ReasonCode.SECONDARY_ID_REQUIRED);
        IdentityDocument nhi = Applications.document(DocumentKind.of(DocumentType.NHI_CARD), "TWN", null);
        IdentityDocument licence = Applications.document(DocumentKind.of(DocumentType.DRIVERS_LICENCE), "TWN", null);
        assertThat(assess(Applications.national().replace(idCard, nhi), IN_2015).isEligible()).isTrue();
        assertThat(assess(Applications.national().replace(idCard, licence), IN_2015).isEligible()).isTrue();
        assertThat(assess(Applications.national().without(ROC_PASSPORT), IN_2015).unmet())
                .containsExactly(ReasonCode.PRIMARY_DOCUMENT_REQUIRED);
    }

    @Test
    void a_foreign_resident_needs_a_re_entry_permit_unless_permanently_resident() {
        Applications noReEntry = Applications.of(Category.FOREIGN_RESIDENT).without(OtherDocumentType.RE_ENTRY_PERMIT);
        assertThat(assess(noReEntry, IN_2015).unmet()).containsExactly(ReasonCode.SUPPORTING_DOCUMENT_REQUIRED);
        IdentityDocument aprc = Applications.document(DocumentKind.of(DocumentType.PERMANENT_RESIDENT_CERTIFICATE),
                "TWN", LocalDate.of(2025, 1, 1));
        Applications permanent = Applications.of(Category.FOREIGN_RESIDENT).without(OtherDocumentType.RE_ENTRY_PERMIT)
                .replace(ARC, aprc);
        assertThat(assess(permanent, IN_2015).isEligible()).isTrue();
    }

    @Test
    void a_document_of_another_category_is_not_accepted() {
        IdentityDocument foreign = Applications.document(OtherDocumentType.FOREIGN_PASSPORT, "USA",
                LocalDate.of(2030, 1, 1));
        assertThat(assess(Applications.national().replace(ROC_PASSPORT, foreign), IN_2015).unmet())
                .containsExactly(ReasonCode.DOCUMENT_NOT_ACCEPTED_FOR_CATEGORY, ReasonCode.PRIMARY_DOCUMENT_REQUIRED);
    }

    @Test
    void a_document_is_valid_through_its_expiry_day() {
        IdentityDocument expiresToday = Applications.document(ROC_PASSPORT, "TWN", IN_2015);
        IdentityDocument expiredYesterday = Applications.document(ROC_PASSPORT, "TWN", IN_2015.minusDays(1));
        assertThat(assess(Applications.national().replace(ROC_PASSPORT, expiresToday), IN_2015).isEligible()).isTrue();
        assertThat(assess(Applications.national().replace(ROC_PASSPORT, expiredYesterday), IN_2015).unmet())
                .containsExactly(ReasonCode.DOCUMENT_EXPIRED);
    }

    @Test
    void expired_permits_are_named_by_what_they_permit() {
        LocalDate yesterday = IN_2015.minusDays(1);
        Applications arcExpired = Applications.of(Category.FOREIGN_RESIDENT)
                .replace(ARC, Applications.document(ARC, "TWN", yesterday));
        assertThat(assess(arcExpired, IN_2015).unmet()).containsExactly(ReasonCode.RESIDENCE_PERMIT_EXPIRED);
        Applications reEntryExpired = Applications.of(Category.FOREIGN_RESIDENT).replace(OtherDocumentType.RE_ENTRY_PERMIT,
                Applications.document(OtherDocumentType.RE_ENTRY_PERMIT, "TWN", yesterday));
        assertThat(assess(reEntryExpired, IN_2015).unmet()).containsExactly(ReasonCode.RE_ENTRY_PERMIT_EXPIRED);
        DocumentKind prcPermit = DocumentKind.of(DocumentType.PRC_MULTIPLE_ENTRY_PERMIT);
        Applications prcExpired = Applications.of(Category.PRC_LONG_TERM_RESIDENT)
                .replace(prcPermit, Applications.document(prcPermit, "TWN", yesterday));
        assertThat(assess(prcExpired, IN_2015).unmet()).containsExactly(ReasonCode.MULTIPLE_ENTRY_PERMIT_EXPIRED);
    }

    @Test
    void a_national_without_household_registration_needs_a_permit_lasting_as_long_as_the_resident_certificate() {
        LocalDate certificateExpiry = LocalDate.of(2017, 6, 30);
        DocumentKind permit = OtherDocumentType.NATIONAL_MULTIPLE_ENTRY_PERMIT;
        Applications shorter = Applications.of(Category.NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION)
                .replace(ARC, Applications.document(ARC, "TWN", certificateExpiry))
                .replace(permit, Applications.document(permit, "TWN", certificateExpiry.minusDays(1)));
        assertThat(assess(shorter, IN_2015).unmet()).containsExactly(ReasonCode.PERMIT_VALIDITY_SHORTER_THAN_RESIDENCE);
        Applications same = Applications.of(Category.NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION)
                .replace(ARC, Applications.document(ARC, "TWN", certificateExpiry))
                .replace(permit, Applications.document(permit, "TWN", certificateExpiry));
        assertThat(assess(same, IN_2015).isEligible()).isTrue();
    }

    @Test
    void a_document_reported_lost_needs_an_officer_rather_than_a_refusal() {
        Applications applicant = Applications.national();
        world.lostStolen.report(new LossReport(applicant.documentOf(ROC_PASSPORT).key(), IN_2015, "NIA"));
        assertThat(assess(applicant, IN_2015.minusDays(1)).isEligible()).isTrue();
        EligibilityDecision decision = assess(applicant, IN_2015);
        assertThat(decision.unmet()).containsExactly(ReasonCode.DOCUMENT_REPORTED_LOST_OR_STOLEN);
        assertThat(decision.needsOfficer()).isTrue();
    }

    @Test
    void every_unmet_rule_is_reported_at_once() {
        Applications everythingWrong = Applications.national().bornOn(LocalDate.of(2005, 1, 1)).height(120).faceOnly()
                .without(DocumentKind.of(DocumentType.NATIONAL_ID_CARD));
        assertThat(assess(everythingWrong, "2017-03-08").unmet()).containsExactly(ReasonCode.UNDER_AGE,
                ReasonCode.TOO_SHORT, ReasonCode.SECONDARY_ID_REQUIRED, ReasonCode.FINGERPRINTS_REQUIRED);
    }

    // ---- dated rule versions --------------------------------------------------------------------------------

    @Test
    void an_administrators_version_lowering_the_age_takes_effect_on_its_day_and_is_named_in_decisions() {
        RuleVersion twelve = world.rules.load().latest().next(RuleVersionId.of("2019-07-01-age-12"),
                LocalDate.of(2019, 7, 1), Age.ofYears(12), Height.ofCentimeters(140), "notice: age 12");
        world.rules.add(twelve);
        RuleVersion ten = twelve.next(RuleVersionId.of("2023-01-01-age-10-120cm"), LocalDate.of(2023, 1, 1),
                Age.ofYears(10), Height.ofCentimeters(120), "notice: age 10, 120 cm");
        world.rules.add(ten);

        Applications twelveYearOld = Applications.national().bornOn(LocalDate.of(2007, 1, 1)).height(145);
        EligibilityDecision before = assess(twelveYearOld, "2019-06-30");
        assertThat(before.unmet()).containsExactly(ReasonCode.UNDER_AGE);
        assertThat(before.ruleVersion()).isEqualTo(RuleVersionId.of("2017-03-08-fingerprints"));
        EligibilityDecision on = assess(twelveYearOld, "2019-07-01");
        assertThat(on.isEligible()).isTrue();
        assertThat(on.ruleVersion()).isEqualTo(RuleVersionId.of("2019-07-01-age-12"));

        Applications tenYearOld = Applications.national().bornOn(LocalDate.of(2012, 1, 1)).height(120);
        assertThat(assess(tenYearOld, "2022-12-31").unmet()).containsExactly(ReasonCode.UNDER_AGE, ReasonCode.TOO_SHORT);
        EligibilityDecision tenOn = assess(tenYearOld, "2023-01-01");
        assertThat(tenOn.isEligible()).isTrue();
        assertThat(tenOn.ruleVersion()).isEqualTo(RuleVersionId.of("2023-01-01-age-10-120cm"));
        assertThat(assess(Applications.national().bornOn(LocalDate.of(2012, 1, 1)).height(119), "2023-01-01").unmet())
                .containsExactly(ReasonCode.TOO_SHORT);
    }
}
