package org.egate.border.crossing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Optional<ReasonCode> refusal = refusalOf(report);
        if (refusal.isPresent()) {
            return IngestResult.refused(refusal.get());
        }
        Crossing candidate = Crossing.of(crossings.nextId(), report);
        Crossing stored = crossings.insertIfAbsent(candidate);
        if (stored.id().equals(candidate.id())) {
            return IngestResult.recorded(stored);
        }
        return retryOf(stored, report); // lost a race with a concurrent duplicate
    }

    /**
     * {@link #ingest} for several reports in one go (the server's group commit): the same answer for each as if they
     * had been ingested one after another in this order, with one key lookup and one insert for all of them.
     */
    public List<IngestResult> ingestAll(List<CrossingReport> reports) {
        Map<IdempotencyKey, Crossing> existing = crossings.findByKeys(reports.stream().map(CrossingReport::key).distinct().toList());
        IngestResult[] results = new IngestResult[reports.size()];
        List<Crossing> candidates = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            CrossingReport report = reports.get(i);
            Crossing stored = existing.get(report.key());
            if (stored != null) {
                results[i] = retryOf(stored, report);
                continue;
            }
            Optional<ReasonCode> refusal = refusalOf(report);
            if (refusal.isPresent()) {
                results[i] = IngestResult.refused(refusal.get());
                continue;
            }
            candidates.add(Crossing.of(crossings.nextId(), report));
            positions.add(i);
        }
        List<Crossing> stored = candidates.isEmpty() ? List.of() : crossings.insertAllIfAbsent(candidates);
        for (int j = 0; j < candidates.size(); j++) {
            int i = positions.get(j);
            results[i] = stored.get(j).id().equals(candidates.get(j).id())
                    ? IngestResult.recorded(stored.get(j))
                    : retryOf(stored.get(j), reports.get(i)); // an earlier report in the batch or a concurrent duplicate
        }
        return List.of(results);
    }

    private Optional<ReasonCode> refusalOf(CrossingReport report) {
        Optional<Lane> lane = sites.lane(report.lane());
        if (lane.isEmpty()) {
            return Optional.of(ReasonCode.LANE_UNKNOWN);
        }
        if (!lane.get().site().equals(report.site()) || lane.get().direction() != report.direction()) {
            return Optional.of(ReasonCode.CROSSING_DOES_NOT_MATCH_LANE);
        }
        if (enrollments != null && enrollments.find(report.enrollment())
                .filter(e -> e.traveler().equals(report.traveler())).isEmpty()) {
            return Optional.of(ReasonCode.CROSSING_DOES_NOT_MATCH_ENROLLMENT);
        }
        return Optional.empty();
    }

    private static IngestResult retryOf(Crossing stored, CrossingReport report) {
        return stored.sameFactsAs(report)
                ? IngestResult.duplicate(stored)
                : IngestResult.refused(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    }
}
