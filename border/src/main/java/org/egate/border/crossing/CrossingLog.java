package org.egate.border.crossing;

import java.util.Objects;
import java.util.Optional;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.SiteDirectory;

/**
 * Use case: ingest a crossing a lane reports, exactly once per idempotency key. A retry with the same facts returns
 * the stored record; the same key with different facts is refused ({@code IDEMPOTENCY_KEY_REUSED}), never
 * overwritten.
 */
public final class CrossingLog {
    private final CrossingRepository crossings;
    private final SiteDirectory sites;
    private final EnrollmentRepository enrollments;

    /** A log that does not check the reported enrollment (tests, or when the caller already did). */
    public CrossingLog(CrossingRepository crossings, SiteDirectory sites) {
        this.crossings = Objects.requireNonNull(crossings, "crossings");
        this.sites = Objects.requireNonNull(sites, "sites");
        this.enrollments = null;
    }

    /** A log that also refuses a report whose enrollment is unknown or belongs to another traveler. */
    public CrossingLog(CrossingRepository crossings, SiteDirectory sites, EnrollmentRepository enrollments) {
        this.crossings = Objects.requireNonNull(crossings, "crossings");
        this.sites = Objects.requireNonNull(sites, "sites");
        this.enrollments = Objects.requireNonNull(enrollments, "enrollments");
    }

    public IngestResult ingest(CrossingReport report) {
        Optional<Crossing> existing = crossings.findByKey(report.key());
        if (existing.isPresent()) {
            return retryOf(existing.get(), report);
        }
        Optional<Lane> lane = sites.lane(report.lane());
        if (lane.isEmpty()) {
            return IngestResult.refused(ReasonCode.LANE_UNKNOWN);
        }
        if (!lane.get().site().equals(report.site()) || lane.get().direction() != report.direction()) {
            return IngestResult.refused(ReasonCode.CROSSING_DOES_NOT_MATCH_LANE);
        }
        if (enrollments != null && enrollments.find(report.enrollment())
                .filter(e -> e.traveler().equals(report.traveler())).isEmpty()) {
            return IngestResult.refused(ReasonCode.CROSSING_DOES_NOT_MATCH_ENROLLMENT);
        }
        Crossing candidate = Crossing.of(crossings.nextId(), report);
        Crossing stored = crossings.insertIfAbsent(candidate);
        if (stored.id().equals(candidate.id())) {
            return IngestResult.recorded(stored);
        }
        return retryOf(stored, report); // lost a race with a concurrent duplicate
    }

    private static IngestResult retryOf(Crossing stored, CrossingReport report) {
        return stored.sameFactsAs(report)
                ? IngestResult.duplicate(stored)
                : IngestResult.refused(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    }
}
