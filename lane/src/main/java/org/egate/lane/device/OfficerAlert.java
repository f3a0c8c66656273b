package org.egate.lane.device;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;
import org.egate.lane.TransactionId;

/** What the supervisor's console shows when a lane calls: which lane, which attempt, why. */
public record OfficerAlert(LaneId lane, Optional<TransactionId> transaction, ReasonCode reason, Instant at,
    String detail) {

  public OfficerAlert {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }
}
