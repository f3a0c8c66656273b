package org.egate.lane.clearance;

import java.util.Objects;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.border.traveler.TravelerId;

/**
 * What the lane journals and forwards for every attempt by an authorized traveler: a crossing when
 * {@code decision.passed()}, a refused attempt otherwise (the server keeps both; its crossing
 * ingest takes the domain's {@code CrossingReport} fields). Attempts refused before the server
 * named the traveler have no record (decision 0063). Encoded by {@link CrossingRecordJson}.
 */
public record CrossingRecord(CrossingId id, IdempotencyKey key, TravelerId traveler, EnrollmentId enrollment,
    LaneId lane, SiteId site, Direction direction, GateDecision decision) {

  public CrossingRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(traveler, "traveler");
    Objects.requireNonNull(enrollment, "enrollment");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(decision, "decision");
  }
}
