package org.egate.border.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.Consent;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.DocumentRequirements;
import org.egate.border.eligibility.EnrollmentApplication;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Location;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.TravelerId;

/**
 * One traveler's enrollment for automated clearance: category, documents seen, biometrics captured, consent, where
 * and under which rule version it was accepted, and its status. Immutable; it changes only through the named methods
 * below, each returning the changed enrollment. The canonical constructor is for storage to rebuild one.
 *
 * @param consent {@code null} when none was recorded (nationals, whose signed form is their consent)
 * @param statusNote why the status last changed (officer's words, no personal data); empty for none
 */
public record Enrollment(EnrollmentId id, TravelerId traveler, Category category, List<IdentityDocument> documents,
        BiometricSet biometrics, Consent consent, Height height, Location place, LocalDate enrolledOn,
        RuleVersionId ruleVersion, EnrollmentStatus status, LocalDate statusSince, String statusNote) {

    public Enrollment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(traveler, "traveler");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(biometrics, "biometrics");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(statusNote, "statusNote");
        documents = List.copyOf(documents);
        if (status == EnrollmentStatus.WITHDRAWN && !biometrics.isEmpty()) {
            throw new IllegalArgumentException("withdrawn enrollment " + id + " must hold no biometrics");
        }
        if (statusSince.isBefore(enrolledOn)) {
            throw new IllegalArgumentException("enrollment " + id + " changed status on " + statusSince
                    + ", before it was made on " + enrolledOn);
        }
    }

    /** A new enrollment: active, or waiting for an officer's review when a reason for one is given. */
    static Enrollment open(EnrollmentId id, EnrollmentApplication application,
            LocalDate day, RuleVersionId version, String reviewReason) {
        boolean needsReview = !reviewReason.isEmpty();
        return new Enrollment(id, application.traveler().id(), application.category(), application.documents(),
                application.biometrics(), application.consent(), application.height(), application.place(), day,
                version, needsReview ? EnrollmentStatus.PENDING_REVIEW : EnrollmentStatus.ACTIVE, day,
                reviewReason);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    public Optional<Consent> consentGiven() {
        return Optional.ofNullable(consent);
    }

    /** Whether this enrollment holds the document (any kind the traveler showed). */
    public boolean holds(DocumentKey key) {
        return document(key).isPresent();
    }

    public Optional<IdentityDocument> document(DocumentKey key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** Documents the holder may present at a lane (the category's gate documents they showed). */
    public List<IdentityDocument> gateDocuments() {
        var gate = DocumentRequirements.of(category).gateDocuments();
        return documents.stream().filter(d -> gate.contains(d.kind())).toList();
    }

    /** An officer approves a referred enrollment (the duplicate hit was a different person). */
    public Enrollment approve(LocalDate day, String note) {
        requireStatus(EnrollmentStatus.PENDING_REVIEW, "approve");
        return withStatus(EnrollmentStatus.ACTIVE, day, note);
    }

    /** An officer rejects a referred enrollment: it is withdrawn and its biometrics erased. */
    public Enrollment reject(LocalDate day, String note) {
        requireStatus(EnrollmentStatus.PENDING_REVIEW, "reject");
        return erased(day, note);
    }

    /** An officer suspends use of an active enrollment. */
    public Enrollment suspend(LocalDate day, String note) {
        requireStatus(EnrollmentStatus.ACTIVE, "suspend");
        return withStatus(EnrollmentStatus.SUSPENDED, day, note);
    }

    /** An officer lifts a suspension. */
    public Enrollment reinstate(LocalDate day, String note) {
        requireStatus(EnrollmentStatus.SUSPENDED, "reinstate");
        return withStatus(EnrollmentStatus.ACTIVE, day, note);
    }

    /** The traveler withdraws (註銷): final; the biometric templates are erased. */
    public Enrollment withdraw(LocalDate day, String note) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new EnrollmentChangeRefused(ReasonCode.ENROLLMENT_STATUS_CONFLICT,
                    "enrollment " + id + " was already withdrawn on " + statusSince);
        }
        return erased(day, note);
    }

    /**
     * A renewed document of the same kind replaces the old one (a new passport or resident certificate after
     * renewal), keeping the enrollment and its biometrics.
     */
    public Enrollment renewDocument(DocumentKey old, IdentityDocument renewed, LocalDate day) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new EnrollmentChangeRefused(ReasonCode.ENROLLMENT_STATUS_CONFLICT,
                    "enrollment " + id + " is withdrawn; documents cannot change");
        }
        if (!holds(old)) {
            throw new EnrollmentChangeRefused(ReasonCode.DOCUMENT_NOT_ENROLLED,
                    "enrollment " + id + " holds no document " + old);
        }
        if (!old.kind().equals(renewed.kind())) {
            throw new EnrollmentChangeRefused(ReasonCode.DOCUMENT_NOT_ACCEPTED_FOR_CATEGORY,
                    "a " + old.kind().code() + " cannot be renewed as a "
                    + renewed.kind().code());
        }
        List<IdentityDocument> changed = new ArrayList<>();
        for (IdentityDocument d : documents) {
            changed.add(d.key().equals(old) ? renewed : d);
        }
        return new Enrollment(id, traveler, category, changed, biometrics, consent, height, place, enrolledOn,
                ruleVersion, status, later(day), "document renewed");
    }

    private Enrollment erased(LocalDate day, String note) {
        return new Enrollment(id, traveler, category, documents, BiometricSet.none(), consent, height, place,
                enrolledOn, ruleVersion, EnrollmentStatus.WITHDRAWN, later(day), note);
    }

    private Enrollment withStatus(EnrollmentStatus next, LocalDate day, String note) {
        return new Enrollment(id, traveler, category, documents, biometrics, consent, height, place, enrolledOn,
                ruleVersion, next, later(day), note);
    }

    private LocalDate later(LocalDate day) {
        if (day.isBefore(statusSince)) {
            throw new IllegalArgumentException("enrollment " + id + " cannot change on " + day
                    + ", before its last change on " + statusSince);
        }
        return day;
    }

    private void requireStatus(EnrollmentStatus expected, String action) {
        if (status != expected) {
            throw new EnrollmentChangeRefused(ReasonCode.ENROLLMENT_STATUS_CONFLICT, "cannot " + action + " enrollment " + id + " in status " + status
                    + " (needs " + expected + ")");
        }
    }
}
