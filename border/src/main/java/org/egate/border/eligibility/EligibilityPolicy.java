package org.egate.border.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.identity.LostStolenDocuments;
import org.egate.border.identity.OtherDocumentType;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.EnrollmentPlace;
import org.egate.border.site.SiteDirectory;
import org.egate.document.catalog.DocumentType;

/**
 * May this person enroll in this category, here, today? Applies the rule version in effect on the day (DESIGN.md
 * "Rules from the source"; decision 0044) and reports every unmet rule, so the officer can fix all at once.
 */
public final class EligibilityPolicy {
    private final RuleBookRepository rules;
    private final ExitBanRepository exitBans;
    private final LostStolenDocuments lostStolen;
    private final SiteDirectory sites;

    public EligibilityPolicy(RuleBookRepository rules, ExitBanRepository exitBans, LostStolenDocuments lostStolen,
            SiteDirectory sites) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.exitBans = Objects.requireNonNull(exitBans, "exitBans");
        this.lostStolen = Objects.requireNonNull(lostStolen, "lostStolen");
        this.sites = Objects.requireNonNull(sites, "sites");
    }

    public EligibilityDecision assess(EnrollmentApplication application, LocalDate day) {
        Optional<RuleVersion> inEffect = rules.load().inEffectOn(day);
        if (inEffect.isEmpty()) {
            return new EligibilityDecision(List.of(ReasonCode.CATEGORY_NOT_YET_OPEN), null);
        }
        RuleVersion version = inEffect.get();
        Category category = application.category();
        List<ReasonCode> unmet = new ArrayList<>();

        if (!version.isOpenTo(category)) {
            unmet.add(ReasonCode.CATEGORY_NOT_YET_OPEN);
        }
        Optional<EnrollmentPlace> place = sites.enrollmentPlace(application.place());
        if (place.isEmpty() || !place.get().isOpenOn(day)) {
            unmet.add(ReasonCode.NOT_AN_ENROLLMENT_PLACE);
        }
        // "須年滿14歲，身高要140公分以上，且未受禁止出國處分" — values from the rule version in effect
        if (application.traveler().birthDate().isAfter(day)) {
            unmet.add(ReasonCode.BIRTH_DATE_IN_FUTURE); // a typing error, not an age
        } else if (!application.traveler().ageOn(day).isAtLeast(version.minimumAge())) {
            unmet.add(ReasonCode.UNDER_AGE);
        }
        if (!application.height().isAtLeast(version.minimumHeight())) {
            unmet.add(ReasonCode.TOO_SHORT);
        }
        if (exitBans.inForce(application.traveler().id(), day)) {
            unmet.add(ReasonCode.EXIT_BAN);
        }
        checkDocuments(application, day, unmet);
        checkBiometrics(application, version, unmet);
        return new EligibilityDecision(unmet.stream().distinct().toList(), version.id());
    }

    private void checkDocuments(EnrollmentApplication application, LocalDate day, List<ReasonCode> unmet) {
        DocumentRequirements required = DocumentRequirements.of(application.category());
        List<IdentityDocument> documents = application.documents();
        Set<DocumentKind> shown = documents.stream().map(IdentityDocument::kind).collect(Collectors.toSet());
        if (!required.accepted().containsAll(shown)) {
            unmet.add(ReasonCode.DOCUMENT_NOT_ACCEPTED_FOR_CATEGORY);
        }
        if (shown.stream().noneMatch(required.primaryChoices()::contains)) {
            unmet.add(ReasonCode.PRIMARY_DOCUMENT_REQUIRED);
        }
        if (!required.secondaryIdChoices().isEmpty() && shown.stream().noneMatch(required.secondaryIdChoices()::contains)) {
            unmet.add(ReasonCode.SECONDARY_ID_REQUIRED);
        }
        if (!required.supportingSatisfiedBy(shown)) {
            unmet.add(ReasonCode.SUPPORTING_DOCUMENT_REQUIRED);
        }
        for (IdentityDocument document : documents) {
            if (!document.isValidOn(day)) {
                unmet.add(document.role().whenExpired());
            }
            if (lostStolen.isReportedOn(document.key(), day)) {
                unmet.add(ReasonCode.DOCUMENT_REPORTED_LOST_OR_STOLEN);
            }
        }
        // "取得與居留證相同效期之多次入國許可": the permit must last as long as the resident certificate
        if (application.category() == Category.NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION) {
            Optional<IdentityDocument> certificate = find(documents, DocumentKind.of(DocumentType.RESIDENT_CERTIFICATE));
            Optional<IdentityDocument> permit = find(documents, OtherDocumentType.NATIONAL_MULTIPLE_ENTRY_PERMIT);
            if (certificate.isPresent() && permit.isPresent()
                    && certificate.get().expiresOn() != null && permit.get().expiresOn() != null
                    && permit.get().expiresOn().isBefore(certificate.get().expiresOn())) {
                unmet.add(ReasonCode.PERMIT_VALIDITY_SHORTER_THAN_RESIDENCE);
            }
        }
    }

    private static Optional<IdentityDocument> find(List<IdentityDocument> documents, DocumentKind kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }

    private static void checkBiometrics(EnrollmentApplication application, RuleVersion version, List<ReasonCode> unmet) {
        BiometricSet biometrics = application.biometrics();
        Category category = application.category();
        if (!biometrics.hasFace()) {
            unmet.add(ReasonCode.FACE_IMAGE_REQUIRED);
        }
        // nationals: "指紋原本為選擇性項目，自2017年3月8日起改為必要項目"; non-citizens: always
        if (version.requiresFingerprints(category) && !biometrics.hasBothIndexFingers()) {
            unmet.add(ReasonCode.FINGERPRINTS_REQUIRED);
        }
        // non-citizens and PRC spouses "須同意錄存臉部影像及指紋"
        if (category.requiresConsent() && !application.consentGiven().map(c -> c.coversBoth()).orElse(false)) {
            unmet.add(ReasonCode.CONSENT_REQUIRED);
        }
    }
}
