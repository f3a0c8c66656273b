package org.egate.border.crossing;

import java.time.Instant;
import java.util.Objects;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.border.traveler.TravelerId;

/** What a lane sends to record a crossing; may arrive more than once (store-and-forward retries). */
public record CrossingReport(IdempotencyKey key, TravelerId traveler, EnrollmentId enrollment, LaneId lane,
        SiteId site, Direction direction, Instant occurredAt, ClearanceDecision decision) {
    public CrossingReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(traveler, "traveler");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(decision, "decision");
    }
}
