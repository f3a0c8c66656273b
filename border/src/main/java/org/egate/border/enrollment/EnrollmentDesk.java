package org.egate.border.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.eligibility.EligibilityDecision;
import org.egate.border.eligibility.EligibilityPolicy;
import org.egate.border.eligibility.EnrollmentApplication;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.reason.ReasonCode;
import org.egate.border.timeline.TaipeiCalendar;
import org.egate.border.traveler.TravelerRepository;

/**
 * Use cases at the enrollment counter: enroll (eligibility on today's rules, one current enrollment per traveler and
 * per document, 1:N duplicate check with hits referred to an officer), review a referral, suspend, reinstate, withdraw.
 * The server wraps each call in one transaction.
 */
public final class EnrollmentDesk {
    private final EligibilityPolicy policy;
    private final EnrollmentRepository enrollments;
    private final TravelerRepository travelers;
    private final DuplicateSearch duplicates;
    private final Clock clock;

    public EnrollmentDesk(EligibilityPolicy policy, EnrollmentRepository enrollments, TravelerRepository travelers,
            DuplicateSearch duplicates, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.enrollments = Objects.requireNonNull(enrollments, "enrollments");
        this.travelers = Objects.requireNonNull(travelers, "travelers");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public EnrollmentOutcome enroll(EnrollmentApplication application) {
        LocalDate today = TaipeiCalendar.today(clock);
        EligibilityDecision eligibility = policy.assess(application, today);
        if (!eligibility.isEligible() && !eligibility.needsOfficer()) {
            return new EnrollmentOutcome(eligibility.reason(), null, eligibility, List.of());
        }
        if (enrollments.currentFor(application.traveler().id()).isPresent() || documentTaken(application)) {
            return new EnrollmentOutcome(ReasonCode.ALREADY_ENROLLED, null, eligibility, List.of());
        }
        List<DuplicateHit> hits = duplicates.hits(application.biometrics(), application.traveler().id());
        ReasonCode reason = !hits.isEmpty() ? ReasonCode.POSSIBLE_DUPLICATE
                : eligibility.needsOfficer() ? eligibility.reason() : ReasonCode.ENROLLED;
        String review = reason == ReasonCode.ENROLLED ? "" : reason.name();
        Enrollment enrollment = Enrollment.open(enrollments.nextId(), application, today,
                eligibility.version().orElseThrow(), review);
        travelers.save(application.traveler());
        enrollments.save(enrollment);
        return new EnrollmentOutcome(reason, enrollment, eligibility, hits);
    }

    private boolean documentTaken(EnrollmentApplication application) {
        return application.documents().stream().map(IdentityDocument::key)
                .map(enrollments::currentByDocument)
                .anyMatch(Optional::isPresent);
    }

    // The changes below throw EnrollmentChangeRefused (with its reason code) for an unknown id or a wrong status.

    /** An officer decides a referral: approve (active) or reject (withdrawn, biometrics erased). */
    public Enrollment review(EnrollmentId id, boolean approve, String note) {
        Enrollment current = load(id);
        LocalDate today = TaipeiCalendar.today(clock);
        Enrollment changed = approve ? current.approve(today, note) : current.reject(today, note);
        enrollments.save(changed);
        return changed;
    }

    public Enrollment suspend(EnrollmentId id, String note) {
        Enrollment changed = load(id).suspend(TaipeiCalendar.today(clock), note);
        enrollments.save(changed);
        return changed;
    }

    public Enrollment reinstate(EnrollmentId id, String note) {
        Enrollment changed = load(id).reinstate(TaipeiCalendar.today(clock), note);
        enrollments.save(changed);
        return changed;
    }

    /** The traveler withdraws: the enrollment ends and its biometric templates are erased. */
    public Enrollment withdraw(EnrollmentId id, String note) {
        Enrollment changed = load(id).withdraw(TaipeiCalendar.today(clock), note);
        enrollments.save(changed);
        return changed;
    }

    private Enrollment load(EnrollmentId id) {
        return enrollments.find(id).orElseThrow(() -> new EnrollmentChangeRefused(ReasonCode.ENROLLMENT_NOT_FOUND,
                "no enrollment " + id));
    }
}
