package org.egate.lane.clearance;

import java.util.Objects;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;

/**
 * What the lane journals and forwards for every identified attempt: a crossing when {@code
 * decision.passed()}, a refusal otherwise (the server keeps both; rejections and their reasons are
 * audited). Encoded by {@link CrossingRecordJson}.
 */
public record CrossingRecord(CrossingId id, IdempotencyKey key, LaneId lane, SiteId site, Direction direction,
    GateDecision decision) {

  public CrossingRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(decision, "decision");
  }
}
